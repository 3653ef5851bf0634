using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback;

public sealed partial class ProjectsPageTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Admin_creates_a_project_copies_its_snippet_changes_the_accent_colour_and_rotates_the_key()
    {
        await Ui.SignInAsAdminAsync();
        await Ui.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Feedback", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/feedback"));
        await Expect(Ui.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Feedback", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        // New project: a name and one allowed origin; creating it opens the project's page.
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser shop");
        await Page.GetByLabel("Allowed origins", new() { Exact = true }).FillAsync("https://shop.example.com");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(ProjectPath());
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "created" })).ToBeVisibleAsync();

        // Back on the list, the project links to its page.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Feedback" }).ClickAsync();
        await Artifacts.ScreenshotAsync(Page, "feedback-projects");
        await Ui.Row("Browser shop").GetByRole(AriaRole.Link, new() { Name = "Browser shop", Exact = true }).ClickAsync();
        await Expect(Ui.Heading("Browser shop")).ToBeVisibleAsync();

        var snippet = Page.GetByTestId("embed-snippet");
        await Expect(snippet).ToHaveTextAsync(SnippetShape());
        var firstSnippet = (await snippet.TextContentAsync())!;
        await Expect(Page.GetByLabel("Allowed origins", new() { Exact = true })).ToHaveValueAsync("https://shop.example.com");
        await Artifacts.ScreenshotAsync(Page, "feedback-project");

        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#copy-status")).ToHaveTextAsync("Copied.");
        (await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().Be(firstSnippet);

        // Change the accent colour and save: the page comes back with the new value.
        await Page.GetByLabel("Accent colour", new() { Exact = true }).FillAsync("#ff8800");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Settings saved." })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Accent colour", new() { Exact = true })).ToHaveValueAsync("#ff8800");

        // Rotating asks first, then issues a new key: the snippet changes.
        string? question = null;
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rotate key", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "New key issued" })).ToBeVisibleAsync();
        await Expect(snippet).ToHaveTextAsync(SnippetShape());
        (await snippet.TextContentAsync()).Should().NotBe(firstSnippet);
        question.Should().Contain("stops working");
    }

    [Fact]
    public async Task The_demo_page_loads_the_widget_of_the_demo_project()
    {
        // The Demo site project arrives through the outbox a few seconds after start; until then the page says so.
        await Page.GotoAsync("/demo");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Page.GetByTestId("demo-not-ready").CountAsync() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, Cancellation);
            await Page.ReloadAsync();
        }

        await Expect(Page.Locator("script[src='/widget/v1/zeron.js'][data-project-key^='pk_']")).ToHaveCountAsync(1);
        await Page.WaitForFunctionAsync("() => window.Zeron !== undefined");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "/admin/feedback" })).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "demo");
    }

    [GeneratedRegex("^<script src=\"http://127\\.0\\.0\\.1:\\d+/widget/v1/zeron\\.js\" data-project-key=\"pk_[A-Za-z0-9]{24}\" async></script>$")]
    private static partial Regex SnippetShape();

    [GeneratedRegex("/admin/feedback/projects/[0-9a-f-]{36}$")]
    private static partial Regex ProjectPath();
}
