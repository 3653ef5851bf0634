using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Assistant;

/// <summary>No LLM provider configured (the default test host): AI is off, so no assistant, and the conversation works as before.</summary>
public sealed class AssistantOffTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_AI_off_no_turn_is_queued_and_messages_still_flow_to_the_api_and_the_stream()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project, "The invoice PDF is blank");
        var itemId = await AssistantProbe.ItemIdAsync(app, conversation);
        using var reply = await client.PostAsJsonAsync(conversation.MessagesPath, new { body = "It is blank in Chrome too." }, Ct);
        reply.StatusCode.Should().Be(HttpStatusCode.Created);

        // The reply's event reaches the stream through Feedback's own inbox: proof that both events were handled.
        var events = await SseEvents.ReadAsync(client, $"/api/widget/v1/conversations/{conversation.Id}/stream?token={conversation.Token}",
            e => e.Any(x => x.Type == "message" && x.Id is not null), Ct);

        SseEvents.MessageBodies(events).Should().Equal("The invoice PDF is blank", "It is blank in Chrome too.");
        await using var db = await app.OpenDatabaseAsync();
        Task<long> HandledAsync() => db.ScalarAsync<long>(
            "SELECT count(*) FROM feedback.inbox_messages WHERE payload->>'feedbackItemId' = @item AND processed_at IS NOT NULL", ("item", itemId.ToString()));
        await Poll.UntilAsync(async () => await HandledAsync() == 2, TimeSpan.FromSeconds(30));
        (await HandledAsync()).Should().Be(2, "the submission's and the reply's events were handled");
        (await db.ScalarAsync<long>("SELECT count(*) FROM hangfire.job WHERE arguments::text LIKE @item", ("item", $"%{itemId}%")))
            .Should().Be(0, "with AI off no turn is queued");
        (await AssistantProbe.AssistantQuestionsAsync(client, conversation)).Should().BeEmpty();
    }
}
