using Zeron.Integrations.Connections.Features.CreateConnection;
using Zeron.Integrations.Connections.Features.UpdateConnection;
using Zeron.Integrations.Contracts.Connections;

namespace Zeron.Integrations.Connections.Features;

/// <summary>The OpenAPI document's examples, typed so they cannot drift from what the endpoints read and write.</summary>
internal static class ConnectionExamples
{
    public static readonly Guid Id = Guid.Parse("0193b7f0-3d4e-7f50-8a61-7c8d9e0f1a05");
    public static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public static readonly CreateConnectionRequest CreateRequest =
        new("anthropic", "Claude", "sk-ant-api03-example-key", "https://api.anthropic.com", "claude-haiku-4-5");

    public static readonly UpdateConnectionRequest UpdateRequest = new(Name: "Claude (team key)", ApiKey: "sk-ant-api03-rotated-example-key");

    public static readonly ConnectionDto Connection = new(Id, "anthropic", "Claude", "https://api.anthropic.com", "claude-haiku-4-5", Created, Created);

    public static readonly ConnectionCheckDto Check = new(true,
    [
        new("address", true, "api.anthropic.com may be reached"),
        new("reach", true, "the provider answered 200"),
        new("key", true, "the provider accepted the API key"),
        new("model", true, "claude-haiku-4-5 is available"),
    ]);
}
