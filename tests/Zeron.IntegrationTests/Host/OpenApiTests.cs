using System.Net;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

public sealed class OpenApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_document_describes_every_public_route_and_the_bearer_scheme()
    {
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Ct))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.Should().Contain([
            "/api/v1/auth/token",
            "/api/v1/orgs",
            "/api/v1/orgs/{orgId}/api-keys",
            "/api/v1/orgs/{orgId}/api-keys/{id}",
            "/api/v1/orgs/{orgId}/members",
        ]);
        paths.Should().OnlyContain(p => p.StartsWith("/api/", StringComparison.Ordinal));
        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
    }

    [Fact]
    public async Task The_api_reference_is_served_locally()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/docs/", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.Should().Contain("Zeron API");
        html.Should().NotContain("cdn.jsdelivr.net").And.NotContain("unpkg.com");
    }
}
