using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Issue 10 point 7: an API error is the problem document whatever <c>Accept</c> says. Every operation of the OpenAPI
/// document (deletes last), signed in and anonymous (the challenge), plus an unknown route and an unreadable body, is
/// sent with <c>Accept: text/html</c>, <c>text/event-stream</c> and <c>*/*;q=0</c>: never a 5xx, and every 4xx is
/// <c>application/problem+json</c> with its status. Before, the status-code pages, the exception handler and the
/// challenge found no writer for such an <c>Accept</c> and threw (a 500).
/// </summary>
public sealed class AcceptSweepTests(NulCharacterTests.SweepFactory app) : IClassFixture<NulCharacterTests.SweepFactory>
{
    private const string Origin = "https://accept.example.com";
    private static readonly string[] Accepts = ["text/html", "text/event-stream", "*/*;q=0"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_route_with_an_accept_that_excludes_json_answers_a_problem_never_a_5xx()
    {
        using var admin = await app.CreateAdminClientAsync();
        using var anonymous = app.CreateClient();
        var targets = await SweepTargets.CreateAsync(app, admin, Origin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json", Ct))!;
        var operations = targets.AllOperations(document, path => path.StartsWith("/api/", StringComparison.Ordinal))
            .OrderBy(o => o.Verb == HttpMethod.Delete)
            .Append(("GET /api/v1/nosuch", HttpMethod.Get, "/api/v1/nosuch", null))
            .Append(("POST /api/v1/orgs unreadable", HttpMethod.Post, "/api/v1/orgs", new JsonObject { ["name"] = new JsonArray() }))
            .ToList();
        var failures = new List<string>();
        var problems = 0;

        foreach (var (name, verb, url, body) in operations)
        {
            foreach (var accept in Accepts)
            {
                foreach (var (who, client) in new[] { ("admin", admin), ("anonymous", anonymous) })
                {
                    using var request = new HttpRequestMessage(verb, url);
                    request.Headers.Add("Origin", Origin);
                    request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
                    if (body is not null)
                    {
                        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
                    }

                    using var response = await client.SendAsync(request, Ct);
                    var status = (int)response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync(Ct);
                    var type = response.Content.Headers.ContentType?.MediaType;
                    if (status >= 500 || (status >= 400 && (type != "application/problem+json" || JsonNode.Parse(text)?["status"]?.GetValue<int>() != status)))
                    {
                        failures.Add($"{name} ({who}, Accept: {accept}): {status} {type} {text}");
                    }
                    else if (status >= 400)
                    {
                        problems++;
                    }
                }
            }
        }

        failures.Should().BeEmpty();
        problems.Should().BeGreaterThan(3 * 20, "the anonymous requests of the org routes at least are challenged");
    }
}
