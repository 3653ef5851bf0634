using Zeron.Integrations.Connections.Domain;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;

namespace Zeron.Integrations.Connections;

internal static class ConnectionMapping
{
    /// <summary>Everything but the secret, which no answer carries; the address under the kind's own field name.</summary>
    public static ConnectionDto ToDto(this Connection c)
    {
        var onApiUrl = ConnectionKinds.Of(c).UrlField == "apiUrl";
        return new(c.Id, c.Kind, c.Name, onApiUrl ? null : c.BaseUrl, onApiUrl ? c.BaseUrl : null, c.Email, c.Model, c.CreatedAt, c.UpdatedAt);
    }

    /// <summary>A given base URL normalised, an empty one the kind's default (a kind without one has it required by its validator).</summary>
    public static string BaseUrlOrDefault(string? url, ConnectionKind kind) =>
        ConnectionTargets.Normalize(string.IsNullOrEmpty(url) ? kind.DefaultBaseUrl!.AbsoluteUri : url);

    /// <summary>A model id, or null (empty: the kind's default).</summary>
    public static string? ModelOrDefault(string? model) => string.IsNullOrEmpty(model) ? null : model;

    /// <summary>An e-mail trimmed, or null.</summary>
    public static string? EmailOrNull(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}
