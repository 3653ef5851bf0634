namespace Zeron.Integrations.Connections.Kinds;

/// <summary>Every kind of connection Zeron knows.</summary>
internal static class ConnectionKinds
{
    public static readonly IReadOnlyList<ConnectionKind> All = [new AnthropicKind(), new OpenAiKind(), new JiraKind(), new GitHubKind()];

    /// <summary>"anthropic, openai, jira, github": for messages.</summary>
    public static readonly string Names = string.Join(", ", All.Select(k => k.Name));

    /// <summary>The kind named exactly <paramref name="name"/> (lower case), or null.</summary>
    public static ConnectionKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind of a stored connection (its name was checked when it was saved).</summary>
    public static ConnectionKind Of(Domain.Connection connection) =>
        Find(connection.Kind) ?? throw new InvalidOperationException($"Connection {connection.Id} has the unknown kind '{connection.Kind}'.");
}
