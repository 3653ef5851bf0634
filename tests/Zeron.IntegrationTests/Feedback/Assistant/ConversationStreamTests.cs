using System.Net;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Assistant;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Assistant;

/// <summary><c>GET /api/widget/v1/conversations/{id}/stream</c>: what the widget's EventSource reads.</summary>
public sealed class ConversationStreamTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Origin = "https://shop.example.com";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string StreamPath(WidgetConversation c) => $"/api/widget/v1/conversations/{c.Id}/stream?token={c.Token}";

    [Fact]
    public async Task The_stored_messages_come_first_then_live_events_in_order_and_a_reconnect_resumes_after_the_last_id()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project, "Search finds nothing");
        var live = app.Services.GetRequiredService<ConversationLive>();
        await live.PublishAsync(conversation.Id, ConversationLive.Delta, new { text = "Which " });
        await live.PublishAsync(conversation.Id, ConversationLive.Delta, new { text = "words?" });

        var first = await SseEvents.ReadAsync(client, StreamPath(conversation), e => e.Count(x => x.Type == "delta") == 2, Ct, Origin);

        first[0].Type.Should().Be("message");
        first[0].Id.Should().BeNull("stored messages carry no stream id");
        first[0].Json["body"]!.GetValue<string>().Should().Be("Search finds nothing");
        first[0].Json["author"]!.GetValue<string>().Should().Be("submitter");
        first.Where(e => e.Type == "delta").Select(e => e.Json["text"]!.GetValue<string>()).Should().Equal("Which ", "words?");
        var lastId = first.Last(e => e.Id is not null).Id!;

        await live.PublishAsync(conversation.Id, ConversationLive.Done, new { posted = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, StreamPath(conversation));
        request.Headers.Add("Last-Event-ID", lastId);
        using var resumed = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(60)); // the response ends after the server's bound (1 s in tests)
        var text = await resumed.Content.ReadAsStringAsync(bounded.Token);
        text.Should().StartWith("retry: 100\n\n");
        text.Should().NotContain("event: delta", "a resumed stream sends only what came after the last id");
        text.Should().Contain("event: done\ndata: {\"posted\":false}\n\n");
    }

    [Fact]
    public async Task A_new_viewer_starts_after_the_last_finished_turn()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var conversation = await WidgetConversation.StartAsync(client, project);
        var live = app.Services.GetRequiredService<ConversationLive>();
        await live.PublishAsync(conversation.Id, ConversationLive.Delta, new { text = "An old question" });
        await live.PublishAsync(conversation.Id, ConversationLive.Done, new { posted = true });
        await live.PublishAsync(conversation.Id, ConversationLive.Delta, new { text = "Being written" });

        var events = await SseEvents.ReadAsync(client, StreamPath(conversation), e => e.Any(x => x.Type == "delta"), Ct);

        events.Where(e => e.Type == "delta").Select(e => e.Json["text"]!.GetValue<string>()).Should().Equal("Being written");
    }

    [Fact]
    public async Task Answers_are_event_streams_for_the_admitted_origin_and_problems_for_bad_tokens_and_foreign_origins()
    {
        var project = await WidgetProject.CreateAsync(app);
        var other = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        var mine = await WidgetConversation.StartAsync(client, project);
        var theirs = await WidgetConversation.StartAsync(client, other);

        using (var ok = await client.SendAsync(Get(StreamPath(mine), Origin), HttpCompletionOption.ResponseHeadersRead, Ct))
        {
            ok.StatusCode.Should().Be(HttpStatusCode.OK);
            ok.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
            ok.Headers.CacheControl!.NoStore.Should().BeTrue();
            ok.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(Origin);
        }

        await (await client.SendAsync(Get($"/api/widget/v1/conversations/{mine.Id}/stream?token={theirs.Token}", Origin), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Get($"/api/widget/v1/conversations/{mine.Id}/stream", Origin), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var foreign = await client.SendAsync(Get(StreamPath(mine), "https://evil.example.net"), Ct);
        await foreign.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        foreign.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse("a foreign site cannot read the refusal either");
    }

    private static HttpRequestMessage Get(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);
        return request;
    }
}
