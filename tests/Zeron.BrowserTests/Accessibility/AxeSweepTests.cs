using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.x A/AA and best practices) finds nothing on any admin page (every route the app maps, with real
/// route values, signed in as the administrator), on the error pages, on the sign-in page and with the small-screen
/// menu open: at desktop width and at a phone's.
/// </summary>
public sealed class AxeSweepTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 700 };

    private readonly List<string> _found = [];

    [Fact]
    public async Task No_page_has_an_accessibility_violation_on_a_desktop()
    {
        await SweepAsync(Desktop);
        _found.Should().BeEmpty();
    }

    [Fact]
    public async Task No_page_has_an_accessibility_violation_on_a_phone()
    {
        await SweepAsync(Phone);

        await Page.GotoAsync("/admin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true }).ClickAsync();
        await Expect(Ui.SignOutButton).ToBeVisibleAsync();
        await CheckAsync("/admin with the menu open");
        _found.Should().BeEmpty();
    }

    private async Task SweepAsync(ViewportSize size)
    {
        await Page.SetViewportSizeAsync(size.Width, size.Height);
        var pages = await SeededPages.CreateAsync(App, "https://axe.example.com", Cancellation);

        await Ui.GoToLoginAsync();
        await CheckAsync("/admin/login");
        await Page.GotoAsync("/no-such-page");
        await CheckAsync("/no-such-page (signed out)");

        await Ui.SignInAsAdminAsync();
        foreach (var url in pages.Urls)
        {
            var response = await Page.GotoAsync(url);
            response!.Status.Should().BeLessThan(400, url);
            await CheckAsync(url);
        }

        await Page.GotoAsync("/admin/no-such-page");
        await CheckAsync("/admin/no-such-page");
        await Page.GotoAsync("/admin/denied");
        await CheckAsync("/admin/denied");
    }

    private async Task CheckAsync(string what)
    {
        foreach (var violation in await Axe.ViolationsAsync(Page))
        {
            _found.Add($"{what}: {violation}");
        }
    }
}
