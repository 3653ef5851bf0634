using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Integrations.GitHub;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.GitHub;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>The outbound guard when a check connects, independently of the save-time check (strict policy).</summary>
public sealed class ConnectionGuardTests(ReboundConnectionsFactory app) : IClassFixture<ReboundConnectionsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_name_that_passes_when_saved_but_resolves_to_loopback_is_refused_when_the_check_connects()
    {
        await using var server = await ModelsServer.StartAsync("sk-key", "claude-haiku-4-5");
        var port = new Uri(server.Origin).Port;
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Rebound {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org),
            new { kind = "anthropic", name = "Rebound", apiKey = "sk-key", baseUrl = $"https://{ReboundConnectionsFactory.Name}:{port}" }, Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, "a public-looking name is not resolved when saved");

        using var response = await admin.PostAsync($"{created.Headers.Location}/check", null, Ct);
        var result = await response.EnsureSuccessStatusCode().ReadJsonAsync();

        result["ok"]!.GetValue<bool>().Should().BeFalse();
        var reach = result["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "reach")!.AsObject();
        reach["ok"]!.GetValue<bool>().Should().BeFalse();
        reach["detail"]!.GetValue<string>().Should().Contain($"Refused: {ReboundConnectionsFactory.Name} resolves to a non-public address")
            .And.NotContain("127.0.0.1", "the tenant does not learn the inside of the network");
        server.Requests.Should().BeEmpty();
        app.Resolver.Asked.Should().Contain(ReboundConnectionsFactory.Name);
    }

    [Fact]
    public async Task A_client_of_a_stored_connection_connects_through_the_guard_too()
    {
        await using var github = await GitHubStandIn.StartAsync();
        var port = new Uri(github.BaseUrl).Port;
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Rebound {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org),
            new { kind = "github", name = "Rebound", token = GitHubStandIn.Token, apiUrl = $"https://{ReboundConnectionsFactory.Name}:{port}/api/v3" }, Ct);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        await using var scope = app.Services.CreateAsyncScope();
        var api = (await scope.ServiceProvider.GetRequiredService<GitHubClients>().ForConnectionAsync(org, id, Ct)).Value.Api;

        var thrown = await FluentActions.Awaiting(() => api.GetUserAsync(Ct)).Should().ThrowAsync<Refit.ApiRequestException>();

        thrown.Which.InnerException.Should().BeOfType<HttpRequestException>().Which.Message.Should().Contain("resolves to a non-public address");
        github.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Loopback_is_refused_when_saved_without_the_network_switch()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Strict {Guid.NewGuid():N}");
        var problem = await (await admin.PostAsJsonAsync(ConnectionPaths.Connections(org),
            new { kind = "openai", name = "Local", apiKey = "sk-key", baseUrl = "https://127.0.0.1:8443" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!["baseUrl"]!.AsArray().Single()!.GetValue<string>()
            .Should().Be("This base URL cannot be used: connections go to public addresses only: 127.0.0.1 is in 127.0.0.0/8 (loopback, RFC 1122).");
    }
}
