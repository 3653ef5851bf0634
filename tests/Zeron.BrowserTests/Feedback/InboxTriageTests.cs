using System.Net.Http.Json;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback;

/// <summary>The inbox as a product manager triages it: tabs, range, marked search, bulk changes, categories, activity, export.</summary>
public sealed class InboxTriageTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    private const string Hostile = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> checkout is broken";

    [Fact]
    public async Task Tabs_count_search_marks_safely_and_bulk_changes_the_ticked_or_all_matching_items()
    {
        var (_, project, key) = await OpenNewOrganizationAsync("Triage");
        for (var i = 0; i < 27; i++)
        {
            await SubmitAsync(key, $"checkout button {i} does nothing");
        }

        await SubmitAsync(key, Hostile, "idea");
        await SubmitAsync(key, "how do I get an invoice?", "question");
        await Page.GotoAsync($"/admin/feedback/inbox?project={project}");

        var tabs = Page.GetByRole(AriaRole.Navigation, new() { Name = "Status", Exact = true });
        await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "All 29" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "In progress 0" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("inbox-range")).ToHaveTextAsync("Showing 1–25 of 29");

        // Search: the words are marked; the hostile message shows as text and runs nothing.
        await Page.GetByLabel("Search", new() { Exact = true }).FillAsync("checkout");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("inbox-range")).ToHaveTextAsync("Showing 1–25 of 28");
        await Expect(Page.Locator("td mark").First).ToHaveTextAsync("checkout");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "<script>window.pwned = 1</script>", Exact = false })).ToBeVisibleAsync();
        (await Page.EvaluateAsync<bool>("() => window.pwned === undefined")).Should().BeTrue();

        // Nothing ticked: a visible error, nothing changed.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await Expect(Ui.Alert).ToContainTextAsync("Nothing selected");
        await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "New 28" })).ToBeVisibleAsync();

        // Two ticked: set to In progress, shown as a readable label.
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Select: checkout button 26 does nothing" }).CheckAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Select: checkout button 25 does nothing" }).CheckAsync();
        await Page.GetByLabel("Set to", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "set to" })).ToHaveTextAsync("2 items set to In progress.");
        await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "In progress 2" })).ToBeVisibleAsync();
        await Expect(Ui.ItemRow("checkout button 26 does nothing").GetByText("In progress", new() { Exact = true })).ToHaveClassAsync("badge feedback-status-inprogress");
        await Expect(Page.GetByLabel("Search", new() { Exact = true })).ToHaveValueAsync("checkout");

        // Select all on this page ticks the 25 rows.
        var rows = Page.GetByRole(AriaRole.Checkbox, new() { Name = "Select: " });
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Select all on this page", Exact = true }).CheckAsync();
        await Expect(rows).ToHaveCountAsync(25);
        (await rows.EvaluateAllAsync<int>("boxes => boxes.filter(b => b.checked).length")).Should().Be(25);

        await Artifacts.ScreenshotAsync(Page, "inbox-triage");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        // All 28 matching, beyond this page: every checkout item is Done, the question is not.
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "All 28 matching, on every page" }).CheckAsync();
        await Page.GetByLabel("Set to", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "set to" })).ToHaveTextAsync("28 items set to Done.");
        await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "Done 28" })).ToBeVisibleAsync();
        await Page.GotoAsync($"/admin/feedback/inbox?project={project}");
        await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = "New 1" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Categories_from_the_project_activity_order_reply_marker_duplicates_and_a_filtered_export()
    {
        var (org, project, key) = await OpenNewOrganizationAsync("Triage");
        var original = await SubmitAsync(key, "search is slow", "bug");
        var duplicate = await SubmitAsync(key, "search takes forever", "bug");
        await SubmitAsync(key, "dark mode please", "idea");
        await SubmitAsync(key, "newest but quiet", "idea");
        await Sender.Send(new MarkDuplicateCommand(org, duplicate.Id, original.Id), Cancellation);
        await Sender.Send(new ReplyToConversationCommand(original.ConversationId, original.ConversationToken, null, "still slow today"), Cancellation);

        await Page.GotoAsync($"/admin/feedback/inbox?project={project}");
        var category = Page.GetByLabel("Category", new() { Exact = true });
        (await category.Locator("option").AllTextContentsAsync()).Should().Equal("Any category", "bug", "idea", "question", "praise", "other");

        // Latest activity first: the original (its submitter just replied) leads, marked, with its duplicate counted.
        await Page.GetByLabel("Sort", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Latest activity first" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        var first = Page.Locator("tbody tr").First;
        await Expect(first).ToContainTextAsync("search is slow");
        await Expect(first.GetByText("Submitter replied", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(first.GetByText("1 duplicate", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Ui.ItemRow("newest but quiet")).Not.ToContainTextAsync("Submitter replied");
        await Page.GetByLabel("Sort", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Newest first" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(Page.Locator("tbody tr").First).ToContainTextAsync("newest but quiet");
        await Artifacts.ScreenshotAsync(Page, "inbox-activity");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        // Category idea: the export link follows it and the file holds just those two.
        await category.SelectOptionAsync("idea");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("inbox-range")).ToHaveTextAsync("Showing 1–2 of 2");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Export CSV", Exact = true }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, Cancellation);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines.Skip(1).Should().OnlyContain(l => l.Contains(",idea,", StringComparison.Ordinal));
    }

    private ISender Sender => App.Services.CreateScope().ServiceProvider.GetRequiredService<ISender>();

    private async Task<SubmittedFeedbackDto> SubmitAsync(string key, string message, string category = "bug")
    {
        var result = await Sender.Send(new SubmitFeedbackCommand(key, null, Guid.NewGuid().ToString("N"), message, category, null, null, null, null, null), Cancellation);
        return result.Value.Feedback;
    }
}
