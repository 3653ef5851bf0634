using FluentValidation;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections.Features.CreateConnection;

internal sealed class CreateConnectionValidator : AbstractValidator<CreateConnectionCommand>
{
    public CreateConnectionValidator(OutboundGuard guard)
    {
        RuleFor(c => c.Kind).Must(k => ConnectionKinds.Find(k) is not null).WithMessage($"Kinds are {ConnectionKinds.Names}.");
        ConnectionRules.Name(RuleFor(c => c.Name));
        ConnectionRules.Secret(RuleFor(c => c.ApiKey));
        ConnectionRules.BaseUrl(RuleFor(c => c.BaseUrl), guard);
        ConnectionRules.Model(RuleFor(c => c.Model));
    }
}
