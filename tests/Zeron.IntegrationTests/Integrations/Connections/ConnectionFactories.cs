using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Zeron.SharedKernel.Network;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>The strict policy, with a resolver that answers loopback for a public-looking name (as a rebinding DNS server would).</summary>
public sealed class ReboundConnectionsFactory : ZeronAppFactory
{
    public const string Name = "llm.rebound.example.com";

    public MappedResolver Resolver { get; } = new((Name, ["127.0.0.1"]));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IHostNameResolver>(Resolver));
    }
}

internal static class ConnectionPaths
{
    public static string Connections(Guid org) => $"/api/v1/orgs/{org}/connections";
}

/// <summary>Creating a connection in a fresh organization and reading its check, for the check tests of every kind.</summary>
internal static class ConnectionChecks
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<(HttpClient Admin, string Path)> ConnectAsync(ZeronAppFactory app, object body)
    {
        var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Check {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), body, Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return (admin, created.Headers.Location!.ToString());
    }

    public static async Task<(JsonObject Result, string Text)> CheckAsync(HttpClient admin, string path)
    {
        using var response = await admin.PostAsync($"{path}/check", null, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return (JsonNode.Parse(text)!.AsObject(), text);
    }

    public static string[] Steps(JsonObject result) =>
        [.. result["checks"]!.AsArray().Select(c => $"{c!["name"]}:{(c["ok"]!.GetValue<bool>() ? "ok" : "failed")}")];

    public static string Detail(JsonObject result, string step) =>
        result["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == step)!["detail"]!.GetValue<string>();
}
