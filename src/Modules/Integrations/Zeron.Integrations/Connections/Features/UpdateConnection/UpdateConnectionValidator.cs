using FluentValidation;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections.Features.UpdateConnection;

/// <summary>The shape of each field sent; which fields the connection's kind takes, and that a new address comes with its secret, the handler checks (it knows the kind).</summary>
internal sealed class UpdateConnectionValidator : AbstractValidator<UpdateConnectionCommand>
{
    public UpdateConnectionValidator(OutboundGuard guard)
    {
        When(c => c.Name is not null, () => ConnectionRules.Name(RuleFor(c => c.Name)));
        When(c => c.ApiKey is not null, () => ConnectionRules.Secret(RuleFor(c => c.ApiKey)));
        When(c => c.ApiToken is not null, () => ConnectionRules.Secret(RuleFor(c => c.ApiToken), "the API token"));
        When(c => c.Token is not null, () => ConnectionRules.Secret(RuleFor(c => c.Token), "the token"));
        When(c => c.Email is not null, () => ConnectionRules.Email(RuleFor(c => c.Email)));
        ConnectionRules.BaseUrl(RuleFor(c => c.BaseUrl), guard);
        ConnectionRules.BaseUrl(RuleFor(c => c.ApiUrl), guard);
        ConnectionRules.Model(RuleFor(c => c.Model));
    }
}
