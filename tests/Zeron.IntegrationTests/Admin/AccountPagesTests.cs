using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Accounts;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>
/// The account pages over HTTP: changing the password (errors by field, other sessions end, this one stays), the
/// organization sign-in opens (the last one used, or the first when that one is gone), roles on the members page.
/// </summary>
public sealed class AccountPagesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Password = "Account-Password-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Changing_the_password_names_the_wrong_field_and_ends_the_other_sessions_but_not_this_one()
    {
        using var admin = await app.CreateAdminClientAsync();
        var email = $"changer-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, await admin.DemoOrganizationIdAsync(), email, "Member", Password);
        using var token = app.CreateClient(await app.GetTokenAsync(email, Password));
        using var other = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(other, email, Password)).Dispose();
        using var browser = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(browser, email, Password)).Dispose();
        (await browser.GetStringAsync("/admin", Ct)).Should().Contain("href=\"/admin/account/password\"", "the account name links to the page");

        await ShouldBeRefusedAsync(await GeneratedPasswordTests.ChangeAsync(browser, "wrong-password-1", "New-Password-123", "New-Password-123"), "current-password-error", "The current password is wrong.");
        await ShouldBeRefusedAsync(await GeneratedPasswordTests.ChangeAsync(browser, Password, "short", "short"), "new-password-error", "at least 10 characters");
        await ShouldBeRefusedAsync(await GeneratedPasswordTests.ChangeAsync(browser, Password, "New-Password-123", "New-Password-124"), "confirm-password-error", "The two new passwords differ.");
        await ShouldBeRefusedAsync(await GeneratedPasswordTests.ChangeAsync(browser, "", "New-Password-123", "New-Password-123"), "current-password-error", "Enter your current password.");
        (await token.GetAsync("/api/v1/orgs", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "nothing changed yet");

        using (var changed = await GeneratedPasswordTests.ChangeAsync(browser, Password, "New-Password-123", "New-Password-123"))
        {
            changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await browser.GetStringAsync("/admin/account/password", Ct)).Should().Contain("Your password was changed.");
        (await browser.GetAsync("/admin", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        using (var ended = await other.GetAsync("/admin", Ct))
        {
            ended.StatusCode.Should().Be(HttpStatusCode.Redirect, "the other browser's session ended");
            ended.Headers.Location!.ToString().Should().Contain("/admin/login");
        }

        await (await token.GetAsync("/api/v1/orgs", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await app.GetTokenAsync(email, "New-Password-123")).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Sign_in_opens_the_organization_used_last_and_the_first_one_when_that_membership_is_gone()
    {
        using var admin = await app.CreateAdminClientAsync();
        var aardvark = await admin.CreateOrganizationAsync($"Aardvark {Guid.NewGuid():N}"[..20]);
        var zebra = await admin.CreateOrganizationAsync($"Zebra {Guid.NewGuid():N}"[..20]);
        var email = $"returning-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, aardvark, email, "Member", Password);
        using (var user = app.CreateClient(await app.GetTokenAsync(email, Password)))
        {
            var invitation = await admin.InviteAsync(zebra, email);
            var id = (await user.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Single()!["id"];
            (await user.AcceptInvitationAsync(id, invitation)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var first = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(first, email, Password)).Dispose();
        (await CurrentOrganizationAsync(first)).Should().Be(aardvark, "nothing used yet: the first by name");
        await SwitchAsync(first, zebra);
        (await CurrentOrganizationAsync(first)).Should().Be(zebra);

        using var second = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(second, email, Password)).Dispose();
        (await CurrentOrganizationAsync(second)).Should().Be(zebra, "a new browser opens the organization used last");

        var userId = await MembersTests.MemberIdAsync(admin, zebra, email);
        (await admin.DeleteAsync($"/api/v1/orgs/{zebra}/members/{userId}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var third = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(third, email, Password)).Dispose();
        (await CurrentOrganizationAsync(third)).Should().Be(aardvark, "no longer a member of the last one: the first");
    }

    [Fact]
    public async Task Sign_in_replaces_the_organization_a_previous_user_left_in_the_browser()
    {
        using var admin = await app.CreateAdminClientAsync();
        var theirs = await admin.CreateOrganizationAsync("Left Behind");
        var email = $"next-{Guid.NewGuid():N}@example.test";
        var mine = await admin.CreateOrganizationAsync("Mine Only");
        await app.AddNewUserAsync(admin, mine, email, "Member", Password);
        var cookies = new CookieContainer();
        using var browser = AdminSignIn.CookieClient(app, cookies);
        cookies.Add(app.BaseAddress, new Cookie("zeron_org", theirs.ToString()));

        (await AdminSignIn.SignInAsync(browser, email, Password)).Dispose();

        (await CurrentOrganizationAsync(browser)).Should().Be(mine);
        cookies.GetCookies(app.BaseAddress)["zeron_org"]?.Value.Should().NotBe(theirs.ToString());
    }

    [Fact]
    public async Task On_the_members_page_an_owner_changes_a_role_and_the_last_owner_is_explained_not_offered()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync("Page Roles");
        var email = $"promoted-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(api, org, email, "Member", Password);
        var userId = await MembersTests.MemberIdAsync(api, org, email);
        var ownerId = await MembersTests.MemberIdAsync(api, org, ZeronAppFactory.AdminEmail);
        using var owner = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);

        var page = await owner.GetStringAsync("/admin/settings/members", Ct);
        page.Should().Contain($"aria-label=\"Change role of {email}\"").And.Contain("The only Owner")
            .And.NotContain($"aria-label=\"Change role of {ZeronAppFactory.AdminEmail}\"").And.NotContain($"aria-label=\"Remove {ZeronAppFactory.AdminEmail}\"");

        (await AdminPages.PostAsync(owner, "/admin/settings/members", "Role", ("userId", userId.ToString()), ("Role", "Admin"))).Dispose();
        (await owner.GetStringAsync("/admin/settings/members", Ct)).Should().Contain($"{email} is now Admin.");
        (await MembersTests.MemberRoleAsync(api, org, userId)).Should().Be("Admin");

        (await AdminPages.PostAsync(owner, "/admin/settings/members", "Role", ("userId", ownerId.ToString()), ("Role", "Member"))).Dispose();
        (await owner.GetStringAsync("/admin/settings/members", Ct)).Should().Contain("The last Owner cannot be demoted");
        (await MembersTests.MemberRoleAsync(api, org, ownerId)).Should().Be("Owner");

        using var promoted = await AdminPages.SignedInAsync(app, email, Password, org);
        (await promoted.GetStringAsync("/admin/settings/members", Ct)).Should().NotContain("Change role of", "only Owners change roles");
        using var refused = await AdminPages.PostAsync(promoted, "/admin/settings/members", "Role", ("userId", userId.ToString()), ("Role", "Owner"));
        refused.Headers.Location!.ToString().Should().Contain("/admin/denied");
        (await MembersTests.MemberRoleAsync(api, org, userId)).Should().Be("Admin");
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string errorId, string message)
    {
        using (response)
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
            html.Should().Contain($"id=\"{errorId}\"").And.Contain(message);
        }
    }

    /// <summary>Posts the layout's organization switcher (its form is on every page; the switch's own GET only redirects).</summary>
    private static async Task SwitchAsync(HttpClient browser, Guid organizationId)
    {
        var token = await AdminSignIn.AntiforgeryTokenAsync(browser, "/admin/settings/organizations");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["organizationId"] = organizationId.ToString(), ["returnUrl"] = "/admin", ["__RequestVerificationToken"] = token,
        });
        using var switched = await browser.PostAsync("/admin/switch-organization", form, Ct);
        switched.Headers.Location!.ToString().Should().Be("/admin");
    }

    /// <summary>The organization the admin pages work in: the switcher's selected option.</summary>
    private static async Task<Guid> CurrentOrganizationAsync(HttpClient browser)
    {
        var html = await browser.GetStringAsync("/admin/settings/organizations", Ct);
        var match = System.Text.RegularExpressions.Regex.Match(html, "<option value=\"([0-9a-f-]{36})\" selected=\"selected\"");
        return match.Success ? Guid.Parse(match.Groups[1].Value) : throw new InvalidOperationException("No current organization on the page.");
    }
}
