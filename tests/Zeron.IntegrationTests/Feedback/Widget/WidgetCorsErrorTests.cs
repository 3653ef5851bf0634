using System.Net;
using System.Text;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>
/// Error answers of the widget API carry the CORS answer when the project admits the caller's origin, so the widget
/// can read the problem instead of seeing a network error; a foreign origin still gets none.
/// </summary>
public sealed class WidgetCorsErrorTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Shop = "https://shop.example.com";
    private const string Evil = "https://evil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Origins => new() { { Shop, Shop }, { Evil, "" } };

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task A_field_error_found_by_validation_or_by_the_project_is_400_with_cors_for_an_admitted_origin(string origin, string echoed)
    {
        var project = await WidgetProject.CreateAsync(app, [Shop]);
        using var client = WidgetClient.Create(app);

        using var empty = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "empty", message: ""), origin);
        using var category = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "category", extra: "\"category\":\"nope\""), origin);

        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Should().ContainKey("message");
        AllowOrigin(empty).Should().Be(echoed);
        AllowOrigin(category).Should().Be(echoed);
        if (origin == Evil)
        {
            // The project's categories are checked after its allowlist, so a foreign origin learns nothing but 403.
            await category.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            return;
        }

        var problem = await category.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Should().ContainKey("category");
        problem["detail"]!.GetValue<string>().Should().Be("One or more fields are invalid.");
        problem.Should().ContainKeys("traceId", "instance");
        (await project.CountStoredAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task A_wrong_content_type_a_too_large_body_and_unreadable_json_get_cors_only_for_an_admitted_origin(string origin, string echoed)
    {
        var project = await WidgetProject.CreateAsync(app, [Shop]);
        using var client = WidgetClient.Create(app);

        using var text = await SendAsync(client, project, new StringContent("hello", Encoding.UTF8, "text/plain"), origin);
        using var large = await SendAsync(client, project, ZeronApi.Json(WidgetClient.Body(project.Key, "large", new string('x', 40_000))), origin);
        using var broken = await SendAsync(client, project, ZeronApi.Json("{\"clientId\":"), origin);

        await text.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await large.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await broken.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        new[] { text, large, broken }.Select(AllowOrigin).Should().AllBe(echoed);
        new[] { text, large, broken }.Should().AllSatisfy(r => r.Headers.Vary.Should().Contain("Origin"));
    }

    [Fact]
    public async Task An_unknown_key_or_conversation_is_404_without_cors()
    {
        var project = await WidgetProject.CreateAsync(app, [Shop]);
        await project.RotateKeyAsync();
        using var client = WidgetClient.Create(app);

        using var unknownKey = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "gone"), Shop);
        using var unknownConversation = await client.CallAsync(HttpMethod.Get, $"/api/widget/v1/conversations/{Guid.NewGuid()}?token=x", Shop);

        await unknownKey.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknownConversation.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        AllowOrigin(unknownKey).Should().BeEmpty();
        AllowOrigin(unknownConversation).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task A_bad_reply_in_a_conversation_gets_cors_by_the_conversations_project(string origin, string echoed)
    {
        var project = await WidgetProject.CreateAsync(app, [Shop]);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project);
        using var request = new HttpRequestMessage(HttpMethod.Post, conversation.MessagesPath) { Content = ZeronApi.Json("{\"body\":\"\"}") };
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        AllowOrigin(response).Should().Be(echoed);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, WidgetProject project, HttpContent content, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/v1/feedback?key={project.Key}") { Content = content };
        request.Headers.Add("Origin", origin);
        return client.SendAsync(request, Ct);
    }

    private static string AllowOrigin(HttpResponseMessage response) => WidgetHeaders.AllowOrigin(response) ?? "";
}
