using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>Per-project CORS on the real server: the project's allowlist decides, for requests and preflights alike.</summary>
public sealed class WidgetCorsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static readonly string[] Origins = ["https://shop.example.com", "https://*.example.org"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("https://shop.example.com")]
    [InlineData("https://blog.example.org")]
    [InlineData("https://a.b.example.org")]
    public async Task An_admitted_origin_gets_its_origin_echoed_and_the_item_is_stored(string origin)
    {
        var project = await WidgetProject.CreateAsync(app, Origins);
        using var client = WidgetClient.Create(app);

        using var response = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "cors-ok"), origin);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        WidgetHeaders.AllowOrigin(response).Should().Be(origin);
        response.Headers.Vary.Should().Contain("Origin");
        response.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
        (await project.CountItemsAsync()).Should().Be(1);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://example.org")]
    [InlineData("http://blog.example.org")]
    [InlineData("https://shop.example.com.evil.example")]
    [InlineData("null")]
    public async Task A_foreign_origin_is_403_without_cors_headers_and_nothing_is_stored(string origin)
    {
        var project = await WidgetProject.CreateAsync(app, Origins);
        using var client = WidgetClient.Create(app);

        using var response = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "cors-denied"), origin);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        WidgetHeaders.AllowOrigin(response).Should().BeNull();
        (await project.CountStoredAsync()).Should().Be(0);
        await (await client.CallAsync(HttpMethod.Get, $"/api/widget/v1/config?key={project.Key}", origin)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_an_origin_or_from_zerons_own_origin_requests_are_allowed()
    {
        var project = await WidgetProject.CreateAsync(app, Origins);
        using var client = WidgetClient.Create(app);

        using var serverToServer = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "no-origin"));
        serverToServer.StatusCode.Should().Be(HttpStatusCode.Created);
        WidgetHeaders.AllowOrigin(serverToServer).Should().BeNull();

        var self = app.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var sameOrigin = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "same-origin"), self);
        sameOrigin.StatusCode.Should().Be(HttpStatusCode.Created);
        (await project.CountItemsAsync()).Should().Be(2);
    }

    [Fact]
    public async Task An_admitted_preflight_is_204_with_the_cors_answer()
    {
        var project = await WidgetProject.CreateAsync(app, Origins);
        using var client = WidgetClient.Create(app);

        using var response = await client.CallAsync(HttpMethod.Options, $"/api/widget/v1/feedback?key={project.Key}", "https://shop.example.com", "POST");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        WidgetHeaders.AllowOrigin(response).Should().Be("https://shop.example.com");
        WidgetHeaders.Get(response, "Access-Control-Allow-Methods").Should().Be("GET, POST");
        WidgetHeaders.Get(response, "Access-Control-Allow-Headers").Should().Be("Content-Type");
        WidgetHeaders.Get(response, "Access-Control-Max-Age").Should().Be("600");
        response.Headers.Vary.Should().Contain("Origin");
        response.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
    }

    [Theory]
    [InlineData("https://evil.example", true)]
    [InlineData("https://example.org", true)]
    [InlineData("https://shop.example.com", false)]
    public async Task A_preflight_from_a_foreign_origin_or_without_a_key_is_403(string origin, bool withKey)
    {
        var project = await WidgetProject.CreateAsync(app, Origins);
        using var client = WidgetClient.Create(app);
        var path = withKey ? $"/api/widget/v1/feedback?key={project.Key}" : "/api/widget/v1/feedback";

        using var response = await client.CallAsync(HttpMethod.Options, path, origin, "POST");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        WidgetHeaders.AllowOrigin(response).Should().BeNull();
    }

    [Fact]
    public async Task The_config_tells_a_foreign_origin_it_is_not_allowed_readably_and_nothing_more()
    {
        var project = await WidgetProject.CreateAsync(app, Origins, categories: ["bug"]);
        using var client = WidgetClient.Create(app);
        const string evil = "https://evil.example";

        using var config = await client.CallAsync(HttpMethod.Get, $"/api/widget/v1/config?key={project.Key}", evil);
        using var submit = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "refused-readably"), evil);
        using var preflight = await client.CallAsync(HttpMethod.Options, $"/api/widget/v1/feedback?key={project.Key}", evil, "POST");

        // The widget on the refused site can read this answer (so it logs why instead of retrying), and it says only that.
        var problem = await config.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        WidgetHeaders.AllowOrigin(config).Should().Be(evil);
        config.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
        problem["code"]!.GetValue<string>().Should().Be("widget.origin_not_allowed");
        problem.ToJsonString().Should().NotContain("bug").And.NotContain("shop.example.com").And.NotContain("Send us feedback");
        // Everything that accepts something still refuses it unreadably, and nothing is stored.
        await submit.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        WidgetHeaders.AllowOrigin(submit).Should().BeNull();
        await preflight.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        WidgetHeaders.AllowOrigin(preflight).Should().BeNull();
        (await project.CountStoredAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_config_for_an_unknown_key_is_a_readable_404_from_any_origin()
    {
        using var client = WidgetClient.Create(app);

        using var response = await client.CallAsync(HttpMethod.Get, "/api/widget/v1/config?key=pk_AAAAAAAAAAAAAAAAAAAAAAAA", "https://evil.example");

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound))["code"]!.GetValue<string>().Should().Be("widget.unknown_key");
        WidgetHeaders.AllowOrigin(response).Should().Be("https://evil.example");
    }
}
