using FluentValidation;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Connections.Features.CreateConnection;

/// <summary>Each kind's own fields: the secret under its name (<c>apiKey</c>, <c>apiToken</c>, <c>token</c>), the address (<c>baseUrl</c>, <c>apiUrl</c>), Jira's <c>email</c>.</summary>
internal sealed class CreateConnectionValidator : AbstractValidator<CreateConnectionCommand>
{
    public CreateConnectionValidator(OutboundGuard guard)
    {
        RuleFor(c => c.Kind).Must(k => ConnectionKinds.Find(k) is not null).WithMessage($"Kinds are {ConnectionKinds.Names}.");
        ConnectionRules.Name(RuleFor(c => c.Name));
        When(c => Reads(c, "apiKey"), () => ConnectionRules.Secret(RuleFor(c => c.ApiKey)));
        When(c => Reads(c, "apiToken"), () => ConnectionRules.Secret(RuleFor(c => c.ApiToken), "the API token"));
        When(c => Reads(c, "token"), () => ConnectionRules.Secret(RuleFor(c => c.Token), "the token"));
        When(c => Reads(c, "baseUrl"), () =>
        {
            When(c => ConnectionKinds.Find(c.Kind)!.DefaultBaseUrl is null, () => ConnectionRules.RequiredUrl(RuleFor(c => c.BaseUrl), "https://your-domain.atlassian.net"));
            ConnectionRules.BaseUrl(RuleFor(c => c.BaseUrl), guard);
        });
        When(c => Reads(c, "apiUrl"), () => ConnectionRules.BaseUrl(RuleFor(c => c.ApiUrl), guard));
        When(c => ConnectionKinds.Find(c.Kind) is { NeedsEmail: true }, () => ConnectionRules.Email(RuleFor(c => c.Email)));
        ConnectionRules.Model(RuleFor(c => c.Model));
        Foreign(RuleFor(c => c.ApiKey), "apiKey");
        Foreign(RuleFor(c => c.ApiToken), "apiToken");
        Foreign(RuleFor(c => c.Token), "token");
        Foreign(RuleFor(c => c.BaseUrl), "baseUrl");
        Foreign(RuleFor(c => c.ApiUrl), "apiUrl");
        Foreign(RuleFor(c => c.Email), "email");
        Foreign(RuleFor(c => c.Model), "model");
    }

    /// <summary>A field of another kind is refused rather than dropped in silence (a <c>token</c> sent for a Jira connection is a mistake to name).</summary>
    private static void Foreign(IRuleBuilderInitial<CreateConnectionCommand, string?> rule, string field) =>
        rule.Must((c, value) => value is null || ConnectionKinds.Find(c.Kind) is not { } kind || kind.Takes(field))
            .WithMessage(c => ConnectionRules.ForeignField(ConnectionKinds.Find(c.Kind)!, field));

    /// <summary>Whether the command's kind (when known) reads <paramref name="field"/>; an unknown kind is refused on <c>kind</c> alone.</summary>
    private static bool Reads(CreateConnectionCommand c, string field) =>
        ConnectionKinds.Find(c.Kind) is { } kind && (kind.SecretField == field || kind.UrlField == field);
}
