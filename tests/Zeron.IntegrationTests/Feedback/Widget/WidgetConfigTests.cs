using System.Net;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

public sealed class WidgetConfigTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_config_carries_the_projects_widget_settings_and_categories()
    {
        var project = await WidgetProject.CreateAsync(app, categories: ["bug", "idea"]);
        using var client = WidgetClient.Create(app);

        using var response = await client.GetAsync($"/api/widget/v1/config?key={project.Key}", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var config = await response.ReadJsonAsync();
        config.Select(p => p.Key).Should().BeEquivalentTo("title", "greeting", "accentColor", "position", "categories");
        config["title"]!.GetValue<string>().Should().Be("Send us feedback");
        config["accentColor"]!.GetValue<string>().Should().Be("#4f46e5");
        config["position"]!.GetValue<string>().Should().Be("bottom-right");
        config["categories"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("bug", "idea");
    }

    [Theory]
    [InlineData("pk_AAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("pk_short")]
    [InlineData("not-a-key")]
    [InlineData("")]
    public async Task Unknown_or_malformed_keys_are_404(string key)
    {
        using var client = WidgetClient.Create(app);
        using var response = await client.GetAsync($"/api/widget/v1/config?key={Uri.EscapeDataString(key)}", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rotated_key_is_404_and_the_new_key_works()
    {
        var project = await WidgetProject.CreateAsync(app);
        var newKey = await project.RotateKeyAsync();
        using var client = WidgetClient.Create(app);

        await (await client.GetAsync($"/api/widget/v1/config?key={project.Key}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/widget/v1/config?key={newKey}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_widget_routes_are_in_the_openapi_document_tagged_widget_with_summaries()
    {
        using var client = app.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Ct))!;
        var paths = document["paths"]!.AsObject();
        var expected = new (string Path, string Method)[]
        {
            ("/api/widget/v1/config", "get"),
            ("/api/widget/v1/feedback", "post"),
            ("/api/widget/v1/conversations/{conversationId}", "get"),
            ("/api/widget/v1/conversations/{conversationId}/messages", "post"),
        };

        foreach (var (path, method) in expected)
        {
            var operation = paths[path]?[method];
            operation.Should().NotBeNull($"{method.ToUpperInvariant()} {path} is part of the public widget API");
            operation!["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("Widget");
            operation["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            operation["security"]!.AsArray().Should().BeEmpty("the widget API is anonymous");
        }

        paths["/api/widget/v1/feedback"]!["post"]!["requestBody"]!["content"]!.AsObject().Should().ContainKey("application/json");
        paths["/api/widget/v1/feedback"]!["post"]!["responses"]!.AsObject().Should().ContainKeys("201", "200", "400", "403", "404", "413", "415", "429");
    }
}
