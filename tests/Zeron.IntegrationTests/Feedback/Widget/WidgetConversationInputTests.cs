using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>What goes into a conversation comes back exactly as sent, within limits; CORS follows the conversation's project.</summary>
public sealed class WidgetConversationInputTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Script = "<script>alert('x')</script> & \"quotes\" <img src=x onerror=alert(1)>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Markup_is_stored_verbatim_and_returned_unchanged()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project, Script);
        (await client.PostAsJsonAsync(conversation.MessagesPath, new { body = Script + " again" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);

        var messages = (await (await client.GetAsync(conversation.Path, Ct)).ReadJsonAsync())["messages"]!.AsArray();

        messages.Select(m => m!["body"]!.GetValue<string>()).Should().Equal(Script, Script + " again");
        (await project.ScalarAsync<string>("SELECT message FROM feedback.feedback_items WHERE project_id = @id")).Should().Be(Script);
    }

    [Theory]
    [InlineData("{\"body\":\"\"}")]
    [InlineData("{\"body\":\"   \"}")]
    [InlineData("{}")]
    [InlineData("{\"body\":\"a\\u0000b\"}")]
    [InlineData("{\"body\":\"LONG\"}")]
    public async Task Empty_too_long_or_nul_replies_are_400_on_body_and_not_stored(string json)
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project);

        using var response = await client.PostAsync(conversation.MessagesPath, ZeronApi.Json(json.Replace("LONG", new string('x', 5001), StringComparison.Ordinal)), Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Should().ContainKey("body");
        (await project.CountStoredAsync()).Should().Be(3, "the item, its first message and its event");
    }

    [Fact]
    public async Task Conversation_routes_admit_only_the_conversations_project_origins_preflight_included()
    {
        var project = await WidgetProject.CreateAsync(app, ["https://shop.example.com"]);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project);
        var messages = $"/api/widget/v1/conversations/{conversation.Id}/messages";

        using var admitted = await client.CallAsync(HttpMethod.Options, messages, "https://shop.example.com", "POST");
        admitted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        WidgetHeaders.AllowOrigin(admitted).Should().Be("https://shop.example.com");
        using var read = await client.CallAsync(HttpMethod.Get, conversation.Path, "https://shop.example.com");
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        WidgetHeaders.AllowOrigin(read).Should().Be("https://shop.example.com");

        await (await client.CallAsync(HttpMethod.Options, messages, "https://evil.example", "POST")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.CallAsync(HttpMethod.Options, $"/api/widget/v1/conversations/{Guid.NewGuid()}/messages", "https://shop.example.com", "POST"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.CallAsync(HttpMethod.Get, conversation.Path, "https://evil.example")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
