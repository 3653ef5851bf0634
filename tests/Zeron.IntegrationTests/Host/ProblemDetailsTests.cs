using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>Every API error is an RFC 9457 problem document, whatever went wrong and wherever.</summary>
public sealed class ProblemDetailsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/v1/orgs/not-a-guid/members/x/y")]
    [InlineData("/api/v2/anything")]
    public async Task Unknown_api_routes_are_404_problems(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{bad json")]
    [InlineData("{\"email\": 42, \"password\": []}")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"email\":\"a\u0000b\",\"password\":{\"nested\":{\"deep\":true}}}")]
    public async Task Malformed_or_mistyped_json_is_a_400_problem(string body)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/api/v1/auth/token", ZeronApi.Json(body), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Empty_body_is_a_400_problem()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/api/v1/auth/token", ZeronApi.Json(""), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Wrong_content_type_is_a_415_problem()
    {
        using var client = app.CreateClient();
        using var content = new StringContent("email=a&password=b", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync("/api/v1/auth/token", content, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Huge_body_is_a_413_problem_and_the_server_keeps_serving()
    {
        using var client = app.CreateClient();
        var huge = "{\"email\":\"" + new string('a', 2 * 1024 * 1024) + "\",\"password\":\"x\"}";
        // Expect: 100-continue, as clients do for large uploads: the 413 comes before the body is read, and without it
        // the client may still be writing when the server closes, and see a broken pipe instead of the answer.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = ZeronApi.Json(huge) };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        using var health = await client.GetAsync("/health/live", Ct);
        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_method_is_a_405_problem()
    {
        using var client = app.CreateClient();
        using var response = await client.PutAsync("/api/v1/auth/token", ZeronApi.Json("{}"), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Validation_errors_carry_an_errors_map()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/api/v1/auth/token", ZeronApi.Json("{\"email\":\"\"}"), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!["email"]!.AsArray().Should().NotBeEmpty();
        problem["errors"]!["password"]!.AsArray().Should().NotBeEmpty();
    }
}
