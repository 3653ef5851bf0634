using FluentValidation;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections.Features.UpdateConnection;

internal sealed class UpdateConnectionValidator : AbstractValidator<UpdateConnectionCommand>
{
    public UpdateConnectionValidator(OutboundGuard guard)
    {
        When(c => c.Name is not null, () => ConnectionRules.Name(RuleFor(c => c.Name)));
        When(c => c.ApiKey is not null, () => ConnectionRules.Secret(RuleFor(c => c.ApiKey)));
        ConnectionRules.BaseUrl(RuleFor(c => c.BaseUrl), guard);
        ConnectionRules.Model(RuleFor(c => c.Model));
        RuleFor(c => c.ApiKey).NotNull().When(c => c.BaseUrl is not null)
            .WithMessage("Send the API key again to change the base URL: a stored key is never sent to a new address.");
    }
}
