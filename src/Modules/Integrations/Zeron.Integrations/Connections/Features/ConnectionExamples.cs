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
        new("jira", "Acme Jira", BaseUrl: "https://acme.atlassian.net", Email: "lead@acme.example", ApiToken: "ATATT3xFfGF0-example-token");

    public static readonly UpdateConnectionRequest UpdateRequest = new(Name: "Acme Jira (bot)");

    public static readonly ConnectionDto Connection = new(Id, "jira", "Acme Jira", "https://acme.atlassian.net", null, "lead@acme.example", null, Created, Created);

    public static readonly ConnectionCheckDto Check = new(true,
    [
        new("address", true, "acme.atlassian.net may be reached"),
        new("reach", true, "the provider answered 200"),
        new("key", true, "the provider accepted the API token"),
    ]);
}
