using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.Llm;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Widget;

/// <summary>
/// The assistant's questions in the widget on a customer's page on another origin, streamed over SSE from the
/// Anthropic stand-in: the visitor answers in the widget, gets the second question, then no more.
/// </summary>
public sealed class WidgetConversationTests(WidgetConversationAppFactory app, ChromiumFixture chromium)
    : WidgetTest(app, chromium), IClassFixture<WidgetConversationAppFactory>
{
    private const string First = "Which browser do you use?";
    private const string Second = "Does it happen every time?";

    private ILocator Thread => Panel.GetByRole(AriaRole.List, new() { Name = "Conversation" });

    private ILocator Questions => Thread.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Assistant" });

    [Fact]
    public async Task The_visitor_sees_two_streamed_questions_answers_them_in_the_widget_and_gets_no_third()
    {
        var marker = Guid.NewGuid().ToString("N");
        app.Claude.EnqueueFor(PromptMarkers.Assistant, Deltas("Which ", "browser ", "do you use?"), Deltas("Does it happen ", "every time?"));
        var (_, _, key) = await CreateProjectAsync(Site.Origin);
        var streams = 0;
        Page.Request += (_, r) =>
        {
            if (r.Url.Contains("/stream?token=", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref streams);
            }
        };
        await Page.GotoAsync(Site.Serve("/shop", EmbedPage(key)));

        await Launcher.ClickAsync();
        await MessageField.FillAsync($"Checkout fails after the address step ({marker})");
        await SendButton.ClickAsync();

        await Expect(Questions.Filter(new() { HasText = First })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // Read out from the stream's live event (polling alone never announces the text).
        await Expect(LiveRegion).ToHaveTextAsync($"Assistant: {First}", new() { Timeout = 10_000 });
        await Artifacts.ScreenshotAsync(Page, "widget-assistant-question");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty("the open conversation with a question passes axe-core");

        await Panel.GetByLabel("Your reply").FillAsync("Firefox 133 on Linux");
        await Panel.GetByRole(AriaRole.Button, new() { Name = "Send reply", Exact = true }).ClickAsync();
        await Expect(Questions.Filter(new() { HasText = Second })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(LiveRegion).ToHaveTextAsync($"Assistant: {Second}", new() { Timeout = 10_000 });

        await Panel.GetByLabel("Your reply").FillAsync("Yes, every time");
        await Panel.GetByRole(AriaRole.Button, new() { Name = "Send reply", Exact = true }).ClickAsync();
        var itemId = await ItemIdAsync(marker);
        await Poll.UntilAsync(async () => await FinishedTurnsAsync(itemId) >= 3, TimeSpan.FromSeconds(60));

        (await FinishedTurnsAsync(itemId)).Should().Be(3, "the submission and both answers were each considered");
        await Expect(Questions).ToHaveCountAsync(2);
        await Expect(Thread.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Yes, every time" })).ToBeVisibleAsync();
        app.Claude.RequestsTo("/v1/messages").Count(r => r.Body.Contains(PromptMarkers.Assistant, StringComparison.Ordinal) && r.Body.Contains(marker, StringComparison.Ordinal)).Should().Be(2);
        streams.Should().BeGreaterThan(0, "the widget listened through its EventSource");
    }

    private static AnthropicReply.Answer Deltas(params string[] parts) =>
        new AnthropicReply.Answer([.. parts.Select(p => new AnthropicReply.Block(p, null))], new AnthropicUsage(120, 12), BreakAfterFirstBlock: false);

    private async Task<Guid> ItemIdAsync(string marker)
    {
        await using var db = await App.OpenDatabaseAsync();
        return await db.ScalarAsync<Guid>("SELECT id FROM feedback.feedback_items WHERE message LIKE @m", ("m", $"%{marker}%"));
    }

    private async Task<long> FinishedTurnsAsync(Guid itemId)
    {
        await using var db = await App.OpenDatabaseAsync();
        return await db.ScalarAsync<long>(
            "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%TakeTurnAsync%' AND arguments::text LIKE @item AND statename IN ('Succeeded', 'Failed')",
            ("item", $"%{itemId}%"));
    }
}
