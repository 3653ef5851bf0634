using System.Text.Json.Nodes;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Assistant;

/// <summary>What the tests read of the assistant's work: finished turns (Hangfire jobs) and the conversation's messages.</summary>
public static class AssistantProbe
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static async Task<Guid> ItemIdAsync(ZeronAppFactory app, WidgetConversation conversation)
    {
        await using var db = await app.OpenDatabaseAsync();
        return await db.ScalarAsync<Guid>("SELECT id FROM feedback.feedback_items WHERE conversation_id = @c", ("c", conversation.Id));
    }

    /// <summary>Turn jobs of the item that finished (succeeded, or failed: not retried) — the proof a turn was taken or refused.</summary>
    public static async Task<long> FinishedTurnsAsync(ZeronAppFactory app, Guid itemId)
    {
        await using var db = await app.OpenDatabaseAsync();
        return await db.ScalarAsync<long>(
            "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%TakeTurnAsync%' AND arguments::text LIKE @item AND statename IN ('Succeeded', 'Failed')",
            ("item", $"%{itemId}%"));
    }

    public static Task WaitForTurnsAsync(ZeronAppFactory app, Guid itemId, long count) =>
        Poll.UntilAsync(async () => await FinishedTurnsAsync(app, itemId) >= count, Bound);

    public static async Task<JsonArray> MessagesAsync(HttpClient client, WidgetConversation conversation) =>
        (await (await client.GetAsync(conversation.Path)).ReadJsonAsync())["messages"]!.AsArray();

    public static async Task<List<string>> AssistantQuestionsAsync(HttpClient client, WidgetConversation conversation) =>
        [.. (await MessagesAsync(client, conversation)).Where(m => m!["author"]!.GetValue<string>() == "assistant").Select(m => m!["body"]!.GetValue<string>())];

    /// <summary>Waits until the conversation holds <paramref name="count"/> assistant messages (or the bound passes).</summary>
    public static async Task<List<string>> WaitForQuestionsAsync(HttpClient client, WidgetConversation conversation, int count)
    {
        await Poll.UntilAsync(async () => (await AssistantQuestionsAsync(client, conversation)).Count >= count, Bound);
        return await AssistantQuestionsAsync(client, conversation);
    }
}
