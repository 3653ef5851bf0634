using System.Text;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback.Embeddings;

/// <summary>The search index page: the count moves on its own while the job embeds, and Reindex says what it queued.</summary>
public sealed partial class SearchIndexPageTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task The_admin_watches_new_feedback_get_embedded_and_a_reindex_with_nothing_stale_says_so()
    {
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/feedback");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Indexed shop");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project", Exact = true }).ClickAsync();
        var key = ProjectKey().Match(await Page.GetByTestId("embed-snippet").TextContentAsync() ?? "").Value;
        key.Should().NotBeEmpty();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Open the search index" }).ClickAsync();
        await Expect(Ui.Heading("Search index")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("index-progress")).ToHaveTextAsync("0 of 0 embedded with local/all-MiniLM-L6-v2");

        using var widget = new HttpClient { BaseAddress = App.BaseAddress };
        foreach (var message in new[] { "The checkout button does nothing on Safari", "Please add dark mode", "Invoices show the wrong VAT number" })
        {
            var body = $$"""{"projectKey":"{{key}}","clientId":"{{Guid.NewGuid():N}}","message":"{{message}}"}""";
            using var created = await widget.PostAsync($"/api/widget/v1/feedback?key={key}", new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);
            created.EnsureSuccessStatusCode();
        }

        await Page.ReloadAsync(); // the page now knows of three items; its script polls until all are embedded
        await Expect(Page.GetByTestId("index-progress"))
            .ToHaveTextAsync("3 of 3 embedded with local/all-MiniLM-L6-v2", new() { Timeout = 90_000 });
        await Expect(Page.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("value", "3");
        await Artifacts.ScreenshotAsync(Page, "feedback-search-index");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Reindex", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Every item is already embedded" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("pk_[A-Za-z0-9_-]+")]
    private static partial Regex ProjectKey();
}
