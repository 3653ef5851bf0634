using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Accessibility;

/// <summary>
/// The layout for keyboard and screen-reader users: a skip link first, Escape closing the small-screen menu, only the
/// exact page marked as the current one, and the organization switcher naming the current organization.
/// </summary>
public sealed class KeyboardAndNavigationTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Theory]
    [InlineData("/no-such-page", false)]
    [InlineData("/admin/feedback", true)]
    public async Task The_first_tab_reaches_a_visible_skip_link_to_the_content(string path, bool signedIn)
    {
        if (signedIn)
        {
            await Ui.SignInAsAdminAsync();
        }

        await Page.GotoAsync(path);
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content", Exact = true });
        await Expect(skip).Not.ToBeInViewportAsync();

        await Page.Keyboard.PressAsync("Tab");

        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await Artifacts.ScreenshotAsync(Page, $"skip-link-{(signedIn ? "admin" : "signed-out")}");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main#content")).ToBeFocusedAsync();
        // The next Tab goes on inside the content, past the header's links.
        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<bool>("() => document.querySelector('main#content').contains(document.activeElement)")).Should().BeTrue();
    }

    [Fact]
    public async Task On_the_sign_in_page_the_skip_link_comes_before_the_focused_email_field()
    {
        await Ui.GoToLoginAsync();
        await Expect(Ui.EmailField).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Shift+Tab");

        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content", Exact = true });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Escape_closes_the_small_screen_menu_and_returns_focus_to_its_button()
    {
        await Page.SetViewportSizeAsync(375, 700);
        await Ui.SignInAsAdminAsync();
        var menu = Page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true });

        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Ui.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Feedback" }).FocusAsync();
        await Page.Keyboard.PressAsync("Escape");

        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Ui.SignOutButton).ToBeHiddenAsync();
        await Expect(Ui.MainNavigation).ToBeHiddenAsync();
        await Expect(menu).ToBeFocusedAsync();

        // Escape with the menu closed changes nothing.
        await Page.Keyboard.PressAsync("Escape");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Theory]
    [InlineData("/admin/feedback", "Feedback", true)]
    [InlineData("/admin/feedback/inbox", "Feedback", false)]
    [InlineData("/admin/settings/members", "Settings", true)]
    [InlineData("/admin/settings/api-keys", "Settings", false)]
    public async Task Only_the_exact_page_is_the_current_page_while_its_section_stays_highlighted(string path, string section, bool isThePage)
    {
        await Ui.SignInAsAdminAsync();

        await Page.GotoAsync(path);

        var link = Ui.MainNavigation.GetByRole(AriaRole.Link, new() { Name = section, Exact = true });
        await Expect(link).ToHaveClassAsync("active");
        if (isThePage)
        {
            await Expect(link).ToHaveAttributeAsync("aria-current", "page");
        }
        else
        {
            await Expect(link).Not.ToHaveAttributeAsync("aria-current", new System.Text.RegularExpressions.Regex(".*"));
        }

        await Expect(Ui.MainNavigation.Locator("[aria-current]")).ToHaveCountAsync(isThePage ? 1 : 0);
        await Expect(Page.Locator(".brand")).Not.ToHaveAttributeAsync("aria-current", new System.Text.RegularExpressions.Regex(".*"));
    }

    [Fact]
    public async Task The_organization_switcher_marks_the_current_organization()
    {
        using var admin = await App.CreateAdminClientAsync();
        await admin.CreateOrganizationAsync("Second team");
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/feedback");

        await Expect(Ui.OrganizationSwitcher.GetByRole(AriaRole.Option, new() { Name = "Demo (current)", Exact = true })).ToHaveCountAsync(1);
        await Expect(Ui.OrganizationSwitcher.GetByRole(AriaRole.Option, new() { Name = "Second team", Exact = true })).ToHaveCountAsync(1);

        await Ui.OrganizationSwitcher.SelectOptionAsync(new SelectOptionValue { Label = "Second team" });

        await Expect(Ui.OrganizationSwitcher.GetByRole(AriaRole.Option, new() { Name = "Second team (current)", Exact = true })).ToHaveCountAsync(1);
        await Expect(Ui.OrganizationSwitcher.GetByRole(AriaRole.Option, new() { Name = "Demo", Exact = true })).ToHaveCountAsync(1);
        (await Ui.OrganizationSwitcher.EvaluateAsync<string>("s => s.selectedOptions[0].text")).Should().Be("Second team (current)");
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/feedback"));
    }
}
