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
            "/api/v1/orgs/{orgId}/members/{userId}",
            "/api/v1/orgs/{orgId}/invitations",
            "/api/v1/orgs/{orgId}/invitations/{invitationId}",
            "/api/v1/invitations",
            "/api/v1/invitations/{invitationId}/accept",
            "/api/v1/invitations/{invitationId}/decline",
        ]);
        paths.Should().OnlyContain(p => p.StartsWith("/api/", StringComparison.Ordinal));
        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
    }

    [Fact]
    public async Task Every_feedback_and_widget_operation_shows_examples_of_its_body_and_its_successful_answers()
    {
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Ct))!;
        var operations = document["paths"]!.AsObject()
            .Where(p => p.Key.Contains("/projects", StringComparison.Ordinal) || p.Key.Contains("/feedback", StringComparison.Ordinal) || p.Key.StartsWith("/api/widget/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Key != "options").Select(o => (Name: $"{o.Key.ToUpperInvariant()} {p.Key}", Operation: o.Value!)))
            .ToList();
        operations.Should().HaveCountGreaterThanOrEqualTo(20);

        var missing = new List<string>();
        foreach (var (name, operation) in operations)
        {
            foreach (var (type, media) in operation["requestBody"]?["content"]?.AsObject() ?? [])
            {
                if (media!["example"] is null)
                {
                    missing.Add($"{name} request {type}");
                }
            }

            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
            {
                foreach (var (type, media) in response!["content"]?.AsObject() ?? [])
                {
                    if (media!["example"] is null)
                    {
                        missing.Add($"{name} {status} {type}");
                    }
                }
            }
        }

        missing.Should().BeEmpty();
        var submit = document["paths"]!["/api/widget/v1/feedback"]!["post"]!;
        submit["requestBody"]!["content"]!["application/json"]!["example"]!["projectKey"]!.GetValue<string>().Should().StartWith("pk_");
        submit["responses"]!["429"]!["content"]!.AsObject().First().Value!["example"]!["status"]!.GetValue<int>().Should().Be(429);
        var item = document["paths"]!["/api/v1/orgs/{orgId}/feedback/{id}"]!["patch"]!["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
        item["status"]!.GetValue<string>().Should().Be("Triaged", "examples are written with the API's own JSON options (enums as names)");
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
