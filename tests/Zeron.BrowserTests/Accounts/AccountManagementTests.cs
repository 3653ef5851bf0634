using System.Text.Json.Nodes;
using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Accounts;

/// <summary>
/// Issue 12 point 6 in Chromium: the change-password page (and a generated password changed first), owners changing
/// roles and removing members (the last Owner explained), copy buttons on shown-once secrets, an API key's role and
/// its revoke confirmation, and a duplicate organization name warned with the slug it gets.
/// </summary>
public sealed class AccountManagementTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    private const string Password = "Browser-Password-1";

    [Fact]
    public async Task A_user_changes_their_password_from_the_account_link_with_errors_shown_by_field()
    {
        var email = await NewUserAsync("Member");
        await SignInAsync(email, Password);

        await Page.GetByRole(AriaRole.Link, new() { Name = email, Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/account/password"));
        await Expect(Ui.Heading("Change password")).ToBeVisibleAsync();
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        await FillPasswordsAsync("not-my-password-1", "Brand-New-Password-1", "Brand-New-Password-1");
        var current = Page.GetByLabel("Current password", new() { Exact = true });
        await Expect(current).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(current).ToHaveAccessibleDescriptionAsync("The current password is wrong.");

        await FillPasswordsAsync(Password, "Brand-New-Password-1", "Brand-New-Password-2");
        var confirm = Page.GetByLabel("New password again", new() { Exact = true });
        await Expect(confirm).ToHaveAccessibleDescriptionAsync("The two new passwords differ.");
        await Expect(current).Not.ToHaveAttributeAsync("aria-invalid", "true");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty("the page with its errors");

        await FillPasswordsAsync(Password, "Brand-New-Password-1", "Brand-New-Password-1");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password was changed.");
        await Artifacts.ScreenshotAsync(Page, "change-password-done");
        await Page.GotoAsync("/admin");
        await Expect(Page).ToHaveURLAsync(AdminUi.AdminHome()); // this session stays signed in

        await Ui.SignOutButton.ClickAsync();
        await SignInAsync(email, "Brand-New-Password-1");
    }

    [Fact]
    public async Task A_generated_password_must_be_changed_before_any_other_page_opens()
    {
        var email = await NewUserAsync("Member");
        await using (var db = await App.OpenDatabaseAsync())
        {
            (await db.ExecuteAsync("UPDATE accounts.users SET must_change_password = true WHERE email = @e", ("e", email))).Should().Be(1);
        }

        await Ui.GoToLoginAsync();
        await Ui.SubmitSignInAsync(email, Password);
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/account/password"));
        await Expect(Ui.Alert).ToContainTextAsync("Your password was generated for you");
        await Page.GotoAsync("/admin/feedback");
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/account/password"));

        await FillPasswordsAsync(Password, "Chosen-By-Me-123", "Chosen-By-Me-123");
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password was changed.");
        await Expect(Ui.Alert).ToHaveCountAsync(0);
        await Page.GotoAsync("/admin/feedback");
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/feedback"));
    }

    [Fact]
    public async Task An_owner_changes_a_role_removes_a_member_after_confirming_and_copies_an_invitation_link()
    {
        using var admin = await App.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Browser Team");
        var email = $"teammate-{Guid.NewGuid():N}@example.test";
        await App.AddNewUserAsync(admin, org, email, "Member", Password);
        await Ui.SignInAsAdminAsync();
        await SwitchOrganizationAsync("Browser Team");
        await Page.GotoAsync("/admin/settings/members");
        await Expect(Ui.Heading("Members of Browser Team")).ToBeVisibleAsync();

        // The only Owner is explained, not offered a role change or a removal.
        var ownerRow = Ui.Row(ZeronAppFactory.AdminEmail);
        await Expect(ownerRow).ToContainTextAsync("The only Owner: make another member Owner");
        await Expect(ownerRow.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        var row = Ui.Row(email);
        await row.GetByRole(AriaRole.Combobox, new() { Name = $"Role of {email}", Exact = true }).SelectOptionAsync("Admin");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Change role of {email}", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{email} is now Admin.");
        await Expect(row.GetByRole(AriaRole.Combobox, new() { Name = $"Role of {email}", Exact = true })).ToHaveValueAsync("Admin");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        // Invite someone: the link is shown once, with a button that copies it.
        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync($"next-{Guid.NewGuid():N}@example.test");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true }).ClickAsync();
        var link = (await Page.GetByTestId("invitation-link").TextContentAsync())!.Trim();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy link", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#copy-announcement")).ToHaveTextAsync("Copied");
        (await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().Be(link);

        // Removing asks first.
        string? question = null;
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await Ui.Row(email).GetByRole(AriaRole.Button, new() { Name = $"Remove {email}", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Removed {email}.");
        await Expect(Ui.Row(email)).ToHaveCountAsync(0);
        question.Should().Contain($"Remove {email}?");
    }

    [Fact]
    public async Task An_api_key_shows_its_role_copies_once_and_revoking_says_so()
    {
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/settings/api-keys");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("copied key");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create key", Exact = true }).ClickAsync();

        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var key = (await Page.GetByTestId("new-api-key").TextContentAsync())!.Trim();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy key", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#copy-announcement")).ToHaveTextAsync("Copied");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Copied", Exact = true })).ToBeVisibleAsync();
        (await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().Be(key);

        var row = Ui.Row("copied key");
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Admin", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Role", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Actions", Exact = true })).ToHaveCountAsync(1);
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty("the empty header is named");

        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke copied key", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Key copied key ({key[..15]}…) revoked");
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "revoked", Exact = true })).ToBeVisibleAsync();
        await Page.ReloadAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0); // said once
    }

    [Fact]
    public async Task A_webhook_secret_is_copied_with_its_button()
    {
        using var admin = await App.CreateAdminClientAsync();
        var demo = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{demo}/projects", new { name = "Copy hooks", allowedOrigins = new[] { "https://copy.example.com" } }, Cancellation);
        var project = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(Cancellation))!["id"]!.GetValue<Guid>();
        await Ui.SignInAsAdminAsync();
        await SwitchOrganizationAsync("Demo"); // another test of this class may have made another one the last used
        await Page.GotoAsync($"/admin/feedback/projects/{project}/webhooks");
        await Page.GetByLabel("URL", new() { Exact = true }).FillAsync("https://hooks.example.com/copy");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add webhook", Exact = true }).ClickAsync();

        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var secret = (await Page.GetByTestId("new-webhook-secret").TextContentAsync())!.Trim();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy secret", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#copy-announcement")).ToHaveTextAsync("Copied");
        (await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().Be(secret);
    }

    [Fact]
    public async Task Sign_in_opens_the_organization_used_last_even_in_a_new_browser()
    {
        var name = $"Last used {Guid.NewGuid():N}"[..20];
        using var admin = await App.CreateAdminClientAsync();
        await admin.CreateOrganizationAsync(name);
        await Ui.SignInAsAdminAsync();
        await SwitchOrganizationAsync(name);
        await Page.GotoAsync("/admin");
        await Expect(Ui.Heading(name)).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Context.ClearCookiesAsync(); // no zeron_org cookie left: only the server can remember
        await Ui.SignInAsAdminAsync();

        await Expect(Ui.Heading(name)).ToBeVisibleAsync();
        (await Ui.OrganizationSwitcher.EvaluateAsync<string>("s => s.selectedOptions[0].text")).Should().Be($"{name} (current)");
        await SwitchOrganizationAsync("Demo"); // leave the class's other tests their usual start
    }

    [Fact]
    public async Task Creating_an_organization_whose_name_exists_warns_with_the_slug_it_will_get()
    {
        var name = $"Acme {Guid.NewGuid():N}"[..16];
        using var admin = await App.CreateAdminClientAsync();
        await admin.CreateOrganizationAsync(name);
        var slug = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/orgs", Cancellation))!.Single(o => o!["name"]!.GetValue<string>() == name)!["slug"]!.GetValue<string>();
        await Ui.SignInAsAdminAsync();
        await SwitchOrganizationAsync("Demo"); // with no last-used one, sign-in opens the first by name, which may be this "Acme …" (its cell would then read "… current")
        await Page.GotoAsync("/admin/settings/organizations");
        await Expect(Ui.Row(name)).ToHaveCountAsync(1);

        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        var warning = Page.GetByTestId("organization-warning");
        await Expect(warning).ToContainTextAsync($"You already have an organization named {name}.");
        await Expect(warning).ToContainTextAsync($"would get the slug {slug}-2");
        await Expect(Ui.Row(name)).ToHaveCountAsync(1); // nothing is created yet
        await Artifacts.ScreenshotAsync(Page, "organization-duplicate-warning");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Create anyway", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/settings/members"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Created {name}, with the slug {slug}-2.");
        (await Ui.OrganizationSwitcher.EvaluateAsync<string>("s => s.selectedOptions[0].text")).Should().Be($"{name} (current)");
        await Page.GotoAsync("/admin/settings/organizations");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToHaveCountAsync(2);
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{slug}-2" })).ToContainTextAsync("current");
    }

    private async Task<string> NewUserAsync(string role)
    {
        using var admin = await App.CreateAdminClientAsync();
        var email = $"browser-{Guid.NewGuid():N}@example.test";
        await App.AddNewUserAsync(admin, await admin.DemoOrganizationIdAsync(), email, role, Password);
        return email;
    }

    private async Task SignInAsync(string email, string password)
    {
        await Ui.GoToLoginAsync();
        await Ui.SubmitSignInAsync(email, password);
        await Expect(Page).ToHaveURLAsync(AdminUi.AdminHome());
    }

    /// <summary>Picks the organization in the layout's switcher (it submits itself) unless it is the current one already.</summary>
    private async Task SwitchOrganizationAsync(string name)
    {
        if (await Ui.OrganizationSwitcher.EvaluateAsync<string>("s => s.selectedOptions[0].text") != $"{name} (current)")
        {
            // The switch's answer sets the cookie and redirects; wait for the page it leads to (the server marks the
            // current organization's option `selected` there), or the test's next navigation races the redirect.
            await Page.RunAndWaitForResponseAsync(
                () => Ui.OrganizationSwitcher.SelectOptionAsync(new SelectOptionValue { Label = name }),
                response => response.Url.EndsWith("/admin/switch-organization", StringComparison.Ordinal));
            await Expect(Ui.OrganizationSwitcher.Locator("option[selected]")).ToHaveTextAsync($"{name} (current)");
        }
    }

    private async Task FillPasswordsAsync(string current, string next, string confirm)
    {
        await Page.GetByLabel("Current password", new() { Exact = true }).FillAsync(current);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(next);
        await Page.GetByLabel("New password again", new() { Exact = true }).FillAsync(confirm);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password", Exact = true }).ClickAsync();
    }
}
