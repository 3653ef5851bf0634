using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;

namespace Zeron.Integrations.Connections.Features.UpdateConnection;

/// <summary>
/// What a change may carry for the connection's kind: only the kind's own fields (a <c>token</c> sent to a Jira
/// connection would otherwise be dropped in silence), and a new address only with the kind's secret.
/// </summary>
internal static class UpdateFieldsOfKind
{
    /// <summary>The refusals, by field (camelCase, as the validation problem names them); empty when the change fits the kind.</summary>
    public static Dictionary<string, string[]> Refusals(ConnectionKind kind, UpdateConnectionCommand c)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var given = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["apiKey"] = c.ApiKey, ["apiToken"] = c.ApiToken, ["token"] = c.Token, ["baseUrl"] = c.BaseUrl, ["apiUrl"] = c.ApiUrl, ["email"] = c.Email,
            ["model"] = c.Model,
        };
        foreach (var (field, value) in given)
        {
            if (value is not null && !kind.Takes(field))
            {
                errors[field] = [ConnectionRules.ForeignField(kind, field)];
            }
        }

        if (kind.DefaultBaseUrl is null && kind.UrlFrom(c.BaseUrl, c.ApiUrl) is "")
        {
            errors.TryAdd(kind.UrlField, [$"A connection of kind {kind.Name} has no default address: give the site's."]);
        }

        if (kind.UrlFrom(c.BaseUrl, c.ApiUrl) is not null && kind.SecretFrom(c.ApiKey, c.ApiToken, c.Token) is null)
        {
            errors.TryAdd(kind.SecretField, [$"Send the {kind.SecretTitle} again to change the {kind.UrlField}: a stored secret is never sent to a new address."]);
        }

        return errors;
    }
}
