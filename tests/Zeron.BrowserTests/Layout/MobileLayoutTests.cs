using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Layout;

public sealed class MobileLayoutTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    protected override ViewportSize Viewport => new() { Width = 375, Height = 700 };

    [Fact]
    public async Task Api_keys_page_has_no_horizontal_overflow_on_a_phone()
    {
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/settings/api-keys");
        await AssertNoHorizontalOverflowAsync("empty API keys page");

        // The widest content the page has: the one-time key and a table row.
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("a mobile key with a rather long name");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create key", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("new-api-key")).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "api-keys-mobile-after-create");
        await AssertNoHorizontalOverflowAsync("API keys page showing a new key");

        // The menu behind the "Menu" button (aria-expanded tells assistive technology it opened).
        var menu = Page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true });
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(Ui.SignOutButton).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "api-keys-mobile-menu-open");
        await AssertNoHorizontalOverflowAsync("API keys page with the menu open");
    }

    [Fact]
    public async Task Login_page_has_no_horizontal_overflow_on_a_phone()
    {
        await Ui.GoToLoginAsync();
        await Expect(Ui.SignInButton).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "login-mobile");
        await AssertNoHorizontalOverflowAsync("login page");
    }

    private async Task AssertNoHorizontalOverflowAsync(string what)
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        scrollWidth.Should().BeLessThanOrEqualTo(innerWidth, $"the {what} should fit a {Viewport.Width}px wide screen");
    }
}
