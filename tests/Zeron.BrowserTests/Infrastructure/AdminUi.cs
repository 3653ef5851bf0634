using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Infrastructure;

/// <summary>The admin UI as a person sees it: elements found by role, label and accessible name.</summary>
public sealed partial class AdminUi(IPage page)
{
    public ILocator EmailField => page.GetByLabel("Email", new() { Exact = true });

    public ILocator PasswordField => page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });

    public ILocator Alert => page.GetByRole(AriaRole.Alert);

    public ILocator OrganizationSwitcher => page.GetByRole(AriaRole.Combobox, new() { Name = "Organization", Exact = true });

    public ILocator MainNavigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true });

    public ILocator SettingsNavigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Settings", Exact = true });

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });

    /// <summary>The table row whose cell reads exactly <paramref name="cellText"/>.</summary>
    public ILocator Row(string cellText) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = cellText, Exact = true }) });

    /// <summary>
    /// The inbox row of the item whose message link reads exactly <paramref name="message"/>: its cell may also hold
    /// badges (a possible duplicate appears once the item is embedded, whenever the indexing job gets to it).
    /// </summary>
    public ILocator ItemRow(string message) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = message, Exact = true }) });

    public async Task GoToLoginAsync() => await page.GotoAsync("/admin/login");

    /// <summary>Fills and submits the sign-in form on the current page (which must be the login page).</summary>
    public async Task SubmitSignInAsync(string email = ZeronAppFactory.AdminEmail, string password = ZeronAppFactory.AdminPassword)
    {
        await EmailField.FillAsync(email);
        await PasswordField.FillAsync(password);
        await SignInButton.ClickAsync();
    }

    /// <summary>Signs in from the login page and waits for the admin home page.</summary>
    public async Task SignInAsAdminAsync()
    {
        await GoToLoginAsync();
        await SubmitSignInAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AdminHome());
    }

    /// <summary>
    /// Matches a URL whose path is <paramref name="path"/> (any query string), case-insensitively like ASP.NET routing.
    /// </summary>
    public static Regex PathIs(string path) => new($"^https?://[^/]+{Regex.Escape(path)}(\\?.*)?$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^https?://[^/]+/admin/?$", RegexOptions.IgnoreCase)]
    public static partial Regex AdminHome();
}
