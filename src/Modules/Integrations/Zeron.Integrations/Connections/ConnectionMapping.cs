using Zeron.Integrations.Connections.Domain;
using Zeron.Integrations.Contracts.Connections;

namespace Zeron.Integrations.Connections;

internal static class ConnectionMapping
{
    /// <summary>Everything but the secret, which no answer carries.</summary>
    public static ConnectionDto ToDto(this Connection c) => new(c.Id, c.Kind, c.Name, c.BaseUrl, c.Model, c.CreatedAt, c.UpdatedAt);

    /// <summary>A given base URL normalised, an empty one the kind's default.</summary>
    public static string BaseUrlOrDefault(string? url, Kinds.ConnectionKind kind) =>
        string.IsNullOrEmpty(url) ? ConnectionTargets.Normalize(kind.DefaultBaseUrl.AbsoluteUri) : ConnectionTargets.Normalize(url);

    /// <summary>A model id, or null (empty: the kind's default).</summary>
    public static string? ModelOrDefault(string? model) => string.IsNullOrEmpty(model) ? null : model;
}
