using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

public sealed class WidgetConversationTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_submitter_reads_the_conversation_and_replies_with_the_token()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project);
        conversation.Token.Should().Be(WidgetConversation.TokenFor(conversation.Id), "the token follows the documented derivation");

        using var reply = await client.PostAsJsonAsync(conversation.MessagesPath, new { body = "It happens on Safari only." }, Ct);
        reply.StatusCode.Should().Be(HttpStatusCode.Created);
        var replied = await reply.ReadJsonAsync();
        replied["author"]!.GetValue<string>().Should().Be("submitter");

        var read = await (await client.GetAsync(conversation.Path, Ct)).ReadJsonAsync();
        read["id"]!.GetValue<Guid>().Should().Be(conversation.Id);
        var messages = read["messages"]!.AsArray();
        messages.Select(m => m!["body"]!.GetValue<string>()).Should().Equal("The checkout button does nothing", "It happens on Safari only.");
        messages.Select(m => m!["author"]!.GetValue<string>()).Should().Equal("submitter", "submitter");
        messages[1]!["id"]!.GetValue<Guid>().Should().Be(replied["id"]!.GetValue<Guid>());
        messages.Select(m => m!["createdAt"]!.GetValue<DateTimeOffset>()).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Wrong_or_missing_tokens_unknown_ids_and_other_conversations_tokens_are_all_404()
    {
        var project = await WidgetProject.CreateAsync(app);
        var otherProject = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var mine = await WidgetConversation.StartAsync(client, project);
        var theirs = await WidgetConversation.StartAsync(client, otherProject);
        var unknown = Guid.NewGuid();

        (Guid Id, string Query)[] attempts =
        [
            (mine.Id, ""),
            (mine.Id, "?token="),
            (mine.Id, $"?token={(mine.Token[0] == 'A' ? 'B' : 'A')}{mine.Token[1..]}"),
            (mine.Id, "?token=not-base64-at-all"),
            (mine.Id, $"?token={new string('!', 43)}"),
            (mine.Id, $"?token={new string('*', 43)}"),
            (theirs.Id, $"?token={mine.Token}"),
            (unknown, $"?token={WidgetConversation.TokenFor(unknown)}"),
        ];
        foreach (var (id, query) in attempts)
        {
            await (await client.GetAsync($"/api/widget/v1/conversations/{id}{query}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await client.PostAsJsonAsync($"/api/widget/v1/conversations/{id}/messages{query}", new { body = "sneaky" }, Ct))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await project.ScalarAsync<long>("SELECT count(*) FROM feedback.conversation_messages m JOIN feedback.feedback_items f ON f.id = m.feedback_item_id WHERE f.project_id = @id"))
            .Should().Be(1, "no reply got through");
    }
}
