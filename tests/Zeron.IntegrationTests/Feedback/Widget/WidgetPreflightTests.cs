using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>
/// Browser preflights (<c>OPTIONS</c> with <c>Access-Control-Request-Method</c>) of the widget's configuration and
/// conversation routes: the project's allowlist decides — through the key for the configuration, through the
/// conversation's project for the conversation routes.
/// </summary>
public sealed class WidgetPreflightTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Admitted = "https://shop.example.com";

    private static readonly string[] CorsAllowHeaders =
        ["Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age", "Access-Control-Allow-Credentials"];

    public static TheoryData<string, string> Routes => new()
    {
        { "config", "GET" },
        { "conversation", "GET" },
        { "conversation messages", "POST" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_admitted_origin_gets_204_with_the_cors_answer(string route, string method)
    {
        using var client = WidgetClient.Create(app);
        var path = await PathAsync(client, route);

        using var response = await client.CallAsync(HttpMethod.Options, path, Admitted, method);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        WidgetHeaders.AllowOrigin(response).Should().Be(Admitted);
        WidgetHeaders.Get(response, "Access-Control-Allow-Methods").Should().Be("GET, POST");
        WidgetHeaders.Get(response, "Access-Control-Allow-Headers").Should().Be("Content-Type");
        WidgetHeaders.Get(response, "Access-Control-Max-Age").Should().Be("600");
        response.Headers.Vary.Should().Contain("Origin");
        response.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_foreign_origin_gets_no_cors_allow_headers(string route, string method)
    {
        using var client = WidgetClient.Create(app);
        var path = await PathAsync(client, route);

        using var response = await client.CallAsync(HttpMethod.Options, path, "https://evil.example", method);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        CorsAllowHeaders.Where(h => response.Headers.NonValidated.Contains(h) || response.Content.Headers.NonValidated.Contains(h))
            .Should().BeEmpty("a browser must not be told the foreign site may call");
    }

    /// <summary>The route's path for a new project admitting <see cref="Admitted"/> (a conversation opened from there).</summary>
    private async Task<string> PathAsync(HttpClient client, string route)
    {
        var project = await WidgetProject.CreateAsync(app, [Admitted]);
        if (route == "config")
        {
            return $"/api/widget/v1/config?key={project.Key}";
        }

        var conversation = await WidgetConversation.StartAsync(client, project);
        return route == "conversation" ? conversation.Path : conversation.MessagesPath;
    }
}
