using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback;

/// <summary>The feedback item page as an admin uses it: facts, one triage save, the conversation, and duplicates found by their text.</summary>
public sealed class ItemPageTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    private const string Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    [Fact]
    public async Task The_page_names_the_project_and_browser_shows_metadata_and_the_conversation_and_saves_status_and_tags_at_once()
    {
        var (project, key) = await ProjectAsync("Item shop");
        var item = await SubmitAsync(key, "The checkout button does nothing", Chrome, new JsonObject { ["plan"] = "pro", ["seats"] = 12 });
        var bare = await SubmitAsync(key, "Just saying hi", "curl/8.5.0", metadata: null);

        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync($"/admin/feedback/items/{item.Id}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Feedback in Item shop");
        await Expect(Page.GetByTestId("item-project")).ToHaveAttributeAsync("href", $"/admin/feedback/projects/{project}");
        await Expect(Page.GetByTestId("item-browser")).ToHaveTextAsync("Chrome 126 on Windows");
        await Expect(Page.GetByTestId("item-metadata").Locator("dt")).ToHaveTextAsync(["plan", "seats"]);
        await Expect(Page.GetByTestId("item-metadata").Locator("dd")).ToHaveTextAsync(["pro", "12"]);

        // The team replies here, the submitter answers in the widget: the page shows the thread as the widget does.
        await Page.GetByLabel("Reply to the submitter").FillAsync("Thanks, which browser version?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reply sent." })).ToBeVisibleAsync();
        await ReplyAsSubmitterAsync(item, "Chrome 126, on Windows");
        await Page.ReloadAsync();
        var thread = Page.GetByTestId("conversation").Locator("li");
        await Expect(thread.Locator(".author")).ToHaveTextAsync(["You", "Team", "You"]);
        await Expect(thread.Locator("p")).ToHaveTextAsync(["The checkout button does nothing", "Thanks, which browser version?", "Chrome 126, on Windows"]);

        // Status and tags: one form, one Save.
        var triage = Page.Locator("form.triage-form");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToHaveCountAsync(1);
        await triage.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await triage.GetByLabel("Tags").FillAsync("Checkout, safari");
        await triage.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Status and tags saved." })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("item-status")).ToHaveTextAsync("In progress");
        await Expect(triage.GetByLabel("Tags")).ToHaveValueAsync("checkout, safari");
        await Expect(triage.GetByLabel("Status").Locator("option:checked")).ToHaveTextAsync("In progress");
        await Artifacts.ScreenshotAsync(Page, "feedback-item");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        // An unknown browser is shown as sent, and a page that sent no metadata shows no metadata block.
        await Page.GotoAsync($"/admin/feedback/items/{bare.Id}");
        await Expect(Page.GetByTestId("item-browser")).ToHaveTextAsync("curl/8.5.0");
        await Expect(Page.GetByTestId("item-metadata")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Metadata" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_original_is_found_by_part_of_its_text_a_search_without_match_changes_nothing_and_the_original_lists_its_duplicates()
    {
        var (_, key) = await ProjectAsync("Dupes shop");
        var original = await SubmitAsync(key, "The CSV export times out after a minute", Chrome, metadata: null);
        var duplicate = await SubmitAsync(key, "Export never finishes", Chrome, metadata: null);
        await SubmitAsync(key, "Love the new colours", Chrome, metadata: null);

        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync($"/admin/feedback/items/{duplicate.Id}");
        var find = Page.GetByLabel("Find the original by its text");

        // Text that matches nothing: said next to the field, the item stays as it was.
        await find.FillAsync("zebra crossing");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#find-error")).ToHaveTextAsync("No other feedback in Dupes shop contains “zebra crossing”. Try a shorter part of its message.");
        await Expect(find).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(find).ToHaveValueAsync("zebra crossing");
        await Expect(Page.GetByTestId("duplicate-of")).ToHaveCountAsync(0);

        // Part of the original's message, in another case: it is offered (and only it), and one click links the two.
        await find.FillAsync("csv EXPORT t");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var candidates = Page.GetByTestId("duplicate-candidates").Locator("li");
        await Expect(candidates).ToHaveCountAsync(1);
        await Expect(candidates.First).ToContainTextAsync("The CSV export times out after a minute");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
        await candidates.First.GetByRole(AriaRole.Button, new() { Name = "Mark as duplicate of this" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Marked as a duplicate." })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("duplicate-of")).ToContainTextAsync("Duplicate of The CSV export times out after a minute");

        // The original lists its duplicates as links.
        await Page.GetByTestId("duplicate-of").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs($"/admin/feedback/items/{original.Id}"));
        await Expect(Page.GetByTestId("duplicate-count")).ToHaveTextAsync("(1)");
        var listed = Page.GetByTestId("duplicates").GetByRole(AriaRole.Link, new() { Name = "Export never finishes" });
        await Expect(listed).ToHaveAttributeAsync("href", $"/admin/feedback/items/{duplicate.Id}");
        await Artifacts.ScreenshotAsync(Page, "feedback-item-original");

        // The original cannot be marked as a duplicate of its own duplicate: the search does not offer it.
        await find.FillAsync("never finishes");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#find-error")).ToContainTextAsync("No other feedback in Dupes shop");

        // Undo from the duplicate's page.
        await listed.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Not a duplicate" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No longer marked as a duplicate." })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("duplicate-of")).ToHaveCountAsync(0);
    }

    private async Task<(Guid Id, string Key)> ProjectAsync(string name)
    {
        using var admin = await App.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name }, Cancellation);
        var project = await created.EnsureSuccessStatusCode().ReadJsonAsync();
        return (project["id"]!.GetValue<Guid>(), project["publicKey"]!.GetValue<string>());
    }

    /// <summary>Sends feedback as the widget would from a browser with <paramref name="userAgent"/>.</summary>
    private async Task<Submitted> SubmitAsync(string key, string message, string userAgent, JsonObject? metadata)
    {
        using var client = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/widget/v1/feedback")
        {
            Content = JsonContent.Create(new { projectKey = key, clientId = Guid.NewGuid().ToString(), message, metadata }),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        using var response = await client.SendAsync(request, Cancellation);
        var body = await response.EnsureSuccessStatusCode().ReadJsonAsync();
        return new Submitted(body["id"]!.GetValue<Guid>(), body["conversationId"]!.GetValue<Guid>(), body["conversationToken"]!.GetValue<string>());
    }

    private async Task ReplyAsSubmitterAsync(Submitted item, string body)
    {
        using var client = App.CreateClient();
        using var response = await client.PostAsJsonAsync(
            $"/api/widget/v1/conversations/{item.ConversationId}/messages?token={Uri.EscapeDataString(item.Token)}", new { body }, Cancellation);
        response.EnsureSuccessStatusCode();
    }

    private sealed record Submitted(Guid Id, Guid ConversationId, string Token);
}
