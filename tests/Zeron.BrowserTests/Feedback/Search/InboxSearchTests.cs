using System.Net.Http.Json;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Feedback.Contracts.Indexing;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback.Search;

/// <summary>
/// The inbox's search with the real local embeddings: "Best matches" finds by meaning what shares no word with the
/// query, says why each hit matched, and a paraphrase of older feedback is offered as a possible duplicate that one
/// click on the item page marks.
/// </summary>
public sealed class InboxSearchTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Best_matches_rank_by_meaning_and_words_and_a_paraphrase_is_offered_as_a_duplicate()
    {
        var (org, project, key) = await OpenNewOrganizationAsync("Search");
        await SubmitAsync(key, "My credit card is declined when I try to pay for the order");
        await SubmitAsync(key, "Please add a dark mode to the dashboard");
        await SubmitAsync(key, "Invoices show the wrong VAT number");
        await WaitUntilEmbeddedAsync(org, project, 3);
        await SubmitAsync(key, "My credit card gets declined when I try to pay for my order");
        await WaitUntilEmbeddedAsync(org, project, 4);

        // "payment refused" shares no word with any message: only meaning finds the two card items.
        await Page.GotoAsync($"/admin/feedback/inbox?project={project}");
        await Page.GetByLabel("Search", new() { Exact = true }).FillAsync("payment refused");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        var best = Page.GetByTestId("hybrid-search");
        await Expect(best.GetByRole(AriaRole.Heading, new() { Name = "Best matches" })).ToBeVisibleAsync();
        var hits = best.GetByTestId("search-hit");
        await Expect(hits.First).ToContainTextAsync("declined");
        await Expect(hits.Nth(1)).ToContainTextAsync("declined");
        await Expect(hits.First.GetByText("meaning", new() { Exact = true })).ToHaveAttributeAsync("title", "Near in meaning");
        await Expect(hits.First.Locator("td.score")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0\.0\d{3}$"));
        await Expect(Page.GetByText("No feedback matches.", new() { Exact = true })).ToBeVisibleAsync(); // the word search below finds none
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        // A word in the messages: found by both lists, and the hit says so.
        await Page.GetByLabel("Search", new() { Exact = true }).FillAsync("VAT invoices");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        var vat = best.GetByTestId("search-hit").First;
        await Expect(vat).ToContainTextAsync("wrong VAT number");
        await Expect(vat.GetByText("words", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(vat.GetByText("meaning", new() { Exact = true })).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "inbox-best-matches");

        // The paraphrase, submitted last, is a possible duplicate of the first card item: badge, then one click.
        await Page.GotoAsync($"/admin/feedback/inbox?project={project}");
        var paraphrase = Ui.ItemRow("My credit card gets declined when I try to pay for my order");
        var badge = paraphrase.GetByTestId("possible-duplicate");
        await Expect(badge).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Possible duplicate \(0\.\d\d\)$"));
        await Expect(Ui.ItemRow("Please add a dark mode to the dashboard")).Not.ToContainTextAsync("Possible duplicate");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
        await paraphrase.GetByRole(AriaRole.Link, new() { Name = "My credit card gets declined", Exact = false }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark as duplicate of this", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("possible-duplicate")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("duplicate-of")).ToContainTextAsync("Duplicate of My credit card is declined when I try to pay");
    }

    private ISender Sender => App.Services.CreateScope().ServiceProvider.GetRequiredService<ISender>();

    private async Task SubmitAsync(string key, string message) =>
        (await Sender.Send(new SubmitFeedbackCommand(key, null, Guid.NewGuid().ToString("N"), message, "bug", null, null, null, null, null), Cancellation))
            .IsSuccess.Should().BeTrue();

    /// <summary>The indexing job runs off the request path: waits (bounded) until it has embedded this many items.</summary>
    private async Task WaitUntilEmbeddedAsync(Guid org, Guid project, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var progress = await Sender.Send(new GetIndexProgressQuery(org, project), Cancellation);
            if (progress.Value.Embedded >= count)
            {
                return;
            }

            DateTime.UtcNow.Should().BeBefore(deadline, $"the indexing job should embed {count} items (embedded {progress.Value.Embedded})");
            await Task.Delay(200, Cancellation);
        }
    }
}
