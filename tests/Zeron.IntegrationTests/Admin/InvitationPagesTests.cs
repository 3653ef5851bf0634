using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Accounts;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>
/// Invitations in the admin UI, posted like a browser: the Members page invites (the link shown once), revokes and
/// removes; the link's page lets the invited user — and only them — accept; the home page lists the invitations,
/// declines them, and for accepting sends to the link (its token is needed: the email alone is not enough).
/// </summary>
public sealed partial class InvitationPagesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Members = "/admin/settings/members";
    private const string Password = "Page-Password-123";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_invites_on_the_members_page_sees_the_link_once_and_revokes_it()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync("Page Invites");
        using var owner = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);
        var email = $"page-{Guid.NewGuid():N}@example.test";

        using (var invited = await AdminPages.PostAsync(owner, Members, "", ("Email", email), ("Role", "Admin")))
        {
            invited.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var shown = await owner.GetStringAsync(Members, Ct);
        var link = LinkRegex().Match(shown).Groups[1].Value;
        link.Should().Contain("/admin/invitations/");
        shown.Should().Contain($"Invited {email} as Admin.");
        var again = await owner.GetStringAsync(Members, Ct);
        again.Should().NotContain(link, "the link is shown once").And.Contain(email, "the invitation is listed as pending");
        var id = (await api.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Single()!["id"]!.GetValue<Guid>();

        using (var revoked = await AdminPages.PostAsync(owner, Members, "Revoke", ("id", id.ToString())))
        {
            revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await owner.GetStringAsync(Members, Ct)).Should().Contain($"Revoked the invitation of {email}.");
        (await app.CreateClient().GetAsync(new Uri(WebUtility.HtmlDecode(link)).AbsolutePath, Ct)).StatusCode.Should().Be(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_known_user_signs_in_from_the_link_and_accepts_and_is_not_a_member_before()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync("Page Consent");
        var email = await KnownUserAsync(api);
        var path = new Uri(await api.InviteAsync(org, email, "Admin")).AbsolutePath;

        using var anonymous = AdminSignIn.CookieClient(app, new CookieContainer());
        var signInFirst = await anonymous.GetStringAsync(path, Ct);
        signInFirst.Should().Contain("/admin/login?ReturnUrl=").And.NotContain("name=\"Password\"", "an existing account is not given a new password");

        using var invitee = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(invitee, email, Password)).Dispose();
        (await invitee.GetStringAsync(path, Ct)).Should().Contain("Accept");
        (await MembersAsync(api, org)).Should().NotContain(email);

        using (var accepted = await AdminPages.PostAsync(invitee, path, "Accept"))
        {
            accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
            accepted.Headers.Location!.ToString().Should().Be("/admin");
        }

        (await MembersAsync(api, org)).Should().Contain(email);
        (await invitee.GetStringAsync("/admin", Ct)).Should().Contain("<h1>Page Consent</h1>", "the accepted organization becomes the current one");
    }

    [Fact]
    public async Task A_user_signed_in_with_another_email_cannot_accept_from_the_link()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync("Page Wrong User");
        var invited = await KnownUserAsync(api);
        var stranger = await KnownUserAsync(api);
        var path = new Uri(await api.InviteAsync(org, invited)).AbsolutePath;
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, stranger, Password)).Dispose();

        var page = await client.GetStringAsync(path, Ct);
        using var posted = await AdminPages.PostAsync(client, path, "Accept");

        page.Should().Contain("Sign out, then sign in as").And.NotContain("handler=Accept");
        posted.StatusCode.Should().Be(HttpStatusCode.OK, "the page is shown again, nothing accepted");
        (await MembersAsync(api, org)).Should().NotContain(stranger).And.NotContain(invited);
        (await api.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Should().ContainSingle();
    }

    [Fact]
    public async Task The_home_page_lists_a_signed_in_users_invitations_and_they_are_answered_only_from_the_link()
    {
        using var api = await app.CreateAdminClientAsync();
        var accept = await api.CreateOrganizationAsync("Home Accept");
        var decline = await api.CreateOrganizationAsync("Home Decline");
        var email = await KnownUserAsync(api);
        var acceptPath = new Uri(await api.InviteAsync(accept, email)).AbsolutePath;
        var declinePath = new Uri(await api.InviteAsync(decline, email)).AbsolutePath;
        using var user = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(user, email, Password)).Dispose();
        using var token = app.CreateClient(await app.GetTokenAsync(email, Password));
        var ids = (await token.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.ToDictionary(i => i!["organizationName"]!.GetValue<string>(), i => i!["id"]!.GetValue<Guid>());

        var home = await user.GetStringAsync("/admin", Ct);
        home.Should().Contain("Your invitations").And.Contain("Home Decline").And.Contain("open the link in the invitation")
            .And.NotContain("handler=Accept").And.NotContain("handler=Decline");
        (await AdminPages.PostAsync(user, "/admin", "Accept", ("id", ids["Home Accept"].ToString()))).Dispose();
        (await AdminPages.PostAsync(user, "/admin", "Decline", ("id", ids["Home Decline"].ToString()))).Dispose();
        (await MembersAsync(api, accept)).Should().NotContain(email, "the home page cannot accept without the link's token");
        (await token.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Should().HaveCount(2, "nor decline without it");

        (await AdminPages.PostAsync(user, acceptPath, "Accept")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AdminPages.PostAsync(user, declinePath, "Decline")).Dispose();
        (await user.GetStringAsync("/admin", Ct)).Should().NotContain("Your invitations");
        (await MembersAsync(api, accept)).Should().Contain(email);
        (await MembersAsync(api, decline)).Should().NotContain(email);
    }

    [Fact]
    public async Task The_members_page_removes_a_member()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync("Page Removal");
        var email = $"removed-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(api, org, email, "Member", Password);
        var userId = await MembersTests.MemberIdAsync(api, org, email);
        using var owner = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);
        (await owner.GetStringAsync(Members, Ct)).Should().Contain($"aria-label=\"Remove {email}\"");

        using (var removed = await AdminPages.PostAsync(owner, Members, "Remove", ("userId", userId.ToString())))
        {
            removed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await owner.GetStringAsync(Members, Ct)).Should().Contain($"Removed {email}.");
        (await MembersAsync(api, org)).Should().NotContain(email);
    }

    [Fact]
    public async Task A_member_cannot_invite_or_remove_on_the_members_page()
    {
        using var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync("Page Member");
        var email = $"plain-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(api, org, email, "Member", Password);
        var ownerId = await MembersTests.MemberIdAsync(api, org, ZeronAppFactory.AdminEmail);
        using var member = await AdminPages.SignedInAsync(app, email, Password, org);

        (await member.GetStringAsync(Members, Ct)).Should().NotContain("Invite a member").And.NotContain("handler=Remove");
        (await AdminPages.PostAsync(member, Members, "", ("Email", "x@example.test"), ("Role", "Member"))).Headers.Location!.ToString().Should().Contain("/admin/denied");
        (await AdminPages.PostAsync(member, Members, "Remove", ("userId", ownerId.ToString()))).Headers.Location!.ToString().Should().Contain("/admin/denied");
        (await MembersAsync(api, org)).Should().Contain(ZeronAppFactory.AdminEmail);
        (await api.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Should().BeEmpty();
    }

    private static async Task<List<string>> MembersAsync(HttpClient api, Guid org) =>
        (await api.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/members", Ct))!.Select(m => m!["email"]!.GetValue<string>()).ToList();

    /// <summary>A user with an account (the owner of an organization of their own).</summary>
    private async Task<string> KnownUserAsync(HttpClient api)
    {
        var email = $"known-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(api, await api.CreateOrganizationAsync("Own " + email[6..14]), email, "Owner", Password);
        return email;
    }

    [GeneratedRegex("data-testid=\"invitation-link\">([^<]+)<")]
    private static partial Regex LinkRegex();
}
