using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback;

/// <summary>The Feedback pages and /demo on a phone: nothing wider than the screen; screenshots for people to look at.</summary>
public sealed class FeedbackLayoutTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    protected override ViewportSize Viewport => new() { Width = 375, Height = 700 };

    [Fact]
    public async Task Feedback_pages_fit_a_phone()
    {
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/feedback");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("A project with a fairly long name for a phone");
        await Page.GetByLabel("Allowed origins", new() { Exact = true }).FillAsync("https://a-rather-long-subdomain.shop.example.com\nhttps://*.example.org");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("embed-snippet")).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "feedback-project-mobile");
        await AssertNoHorizontalOverflowAsync("project page");

        await Page.GetByLabel("Allowed origins", new() { Exact = true }).FillAsync("https://example.com/not-an-origin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes", Exact = true }).ClickAsync();
        await Expect(Ui.Alert).ToContainTextAsync("Nothing was saved");
        var origins = Page.GetByLabel("Allowed origins", new() { Exact = true });
        await Expect(origins).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(origins).ToHaveAccessibleDescriptionAsync(new Regex("is not an origin"));
        await Artifacts.ScreenshotAsync(Page, "feedback-project-mobile-invalid");
        await AssertNoHorizontalOverflowAsync("project page with errors");

        await Page.GotoAsync("/admin/feedback");
        await Artifacts.ScreenshotAsync(Page, "feedback-projects-mobile");
        await AssertNoHorizontalOverflowAsync("projects list");
    }

    [Fact]
    public async Task Demo_page_fits_a_phone()
    {
        await Page.GotoAsync("/demo");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "demo-mobile");
        await AssertNoHorizontalOverflowAsync("demo page");
    }

    private async Task AssertNoHorizontalOverflowAsync(string what)
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        widths[0].Should().BeLessThanOrEqualTo(widths[1], $"the {what} should fit a {Viewport.Width}px wide screen");
    }
}
