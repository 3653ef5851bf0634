using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>
/// Answering invitations: an existing user accepts (with the link's token) or declines through the API (their own
/// only), a new user through the link with a password; used, declined, revoked and expired links are refused.
/// </summary>
public sealed class InvitationsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Password = "Invited-Password-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_known_user_is_not_a_member_until_they_accept_and_then_has_the_invited_role()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Consent Co");
        var (email, user) = await KnownUserAsync(admin);

        var link = await admin.InviteAsync(org, email, "Admin");

        (await user.GetFromJsonAsync<JsonArray>("/api/v1/orgs", Ct))!.Select(o => o!["id"]!.GetValue<Guid>()).Should().NotContain(org);
        await (await user.GetAsync($"/api/v1/orgs/{org}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var mine = await user.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct);
        var invitation = mine!.Should().ContainSingle().Subject!;
        invitation["organizationId"]!.GetValue<Guid>().Should().Be(org);
        invitation["organizationName"]!.GetValue<string>().Should().Be("Consent Co");
        invitation["status"]!.GetValue<string>().Should().Be("pending");

        using var accepted = await user.AcceptInvitationAsync(invitation["id"], link);
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await accepted.ReadJsonAsync())["status"]!.GetValue<string>().Should().Be("accepted");
        (await user.GetFromJsonAsync<JsonArray>("/api/v1/orgs", Ct))!.Should().Contain(o => o!["id"]!.GetValue<Guid>() == org && o["role"]!.GetValue<string>() == "Admin");
        (await user.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Should().BeEmpty();
        await (await user.AcceptInvitationAsync(invitation["id"], link)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using var anonymous = app.CreateClient();
        (await anonymous.GetAsync(new Uri(link).AbsolutePath, Ct)).StatusCode.Should().Be(HttpStatusCode.Gone, "the link is used up");
    }

    [Fact]
    public async Task Accepting_takes_the_token_of_the_invitations_own_link()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Token Co");
        var other = await admin.CreateOrganizationAsync("Other Token Co");
        var (email, user) = await KnownUserAsync(admin);
        var link = await admin.InviteAsync(org, email);
        var otherLink = await admin.InviteAsync(other, email);
        var id = (await user.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Single(i => i!["organizationId"]!.GetValue<Guid>() == org)!["id"];
        var accept = $"/api/v1/invitations/{id}/accept";

        (await (await user.PostAsync(accept, null, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Should().ContainKey("token");
        (await (await user.PostAsJsonAsync(accept, new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Should().ContainKey("token");
        (await (await user.PostAsJsonAsync(accept, new { token = "" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Should().ContainKey("token");
        var wrong = await (await user.PostAsJsonAsync(accept, new { token = "not-the-token" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await user.AcceptInvitationAsync(Guid.NewGuid(), link)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        wrong["detail"]!.GetValue<string>().Should().Be(unknown["detail"]!.GetValue<string>(), "a wrong token tells nothing about the invitation");
        await (await user.AcceptInvitationAsync(id, otherLink)).ShouldBeProblemAsync(HttpStatusCode.NotFound); // another invitation's token, even the user's own, does not open this one
        await (await user.GetAsync($"/api/v1/orgs/{org}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await user.AcceptInvitationAsync(id, link)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await user.GetAsync($"/api/v1/orgs/{org}/members", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_email_squatted_through_one_invitation_cannot_accept_another_organizations_invitation_without_its_link()
    {
        // The squatter invites the victim's email to their own organization and creates the account from that link...
        using var admin = await app.CreateAdminClientAsync();
        var squatterOrg = await admin.CreateOrganizationAsync("Squatter Co");
        var victimEmail = $"victim-{Guid.NewGuid():N}@example.test";
        var squatLink = await admin.InviteAsync(squatterOrg, victimEmail);
        (await app.CreateAccountFromLinkAsync(squatLink, Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var squatter = app.CreateClient(await app.GetTokenAsync(victimEmail, Password));

        // ...then the victim's real employer invites that email: the link goes to the victim, not to the squatter.
        var employer = await admin.CreateOrganizationAsync("Employer Co");
        await admin.InviteAsync(employer, victimEmail);
        var id = (await squatter.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Single()!["id"];

        await (await squatter.PostAsync($"/api/v1/invitations/{id}/accept", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await squatter.AcceptInvitationAsync(id, squatLink)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await squatter.GetAsync($"/api/v1/orgs/{employer}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{employer}/invitations", Ct))!.Should().ContainSingle("it is still open for the victim");
    }

    [Fact]
    public async Task A_known_user_who_declines_does_not_join()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Declined Co");
        var (email, user) = await KnownUserAsync(admin);
        var link = await admin.InviteAsync(org, email);
        var id = (await user.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Single()!["id"];

        (await (await user.PostAsync($"/api/v1/invitations/{id}/decline", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Should().ContainKey("token");
        await (await user.PostAsJsonAsync($"/api/v1/invitations/{id}/decline", new { token = "not-the-links-token" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await user.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Should().ContainSingle("a wrong token declines nothing");
        using var declined = await user.DeclineInvitationAsync(id, link);

        declined.StatusCode.Should().Be(HttpStatusCode.OK);
        (await declined.ReadJsonAsync())["status"]!.GetValue<string>().Should().Be("declined");
        await (await user.AcceptInvitationAsync(id, link)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await user.GetAsync($"/api/v1/orgs/{org}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_user_cannot_see_accept_or_decline_someone_elses_invitation()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Not Yours Co");
        var (email, invitee) = await KnownUserAsync(admin);
        var (_, stranger) = await KnownUserAsync(admin);
        var link = await admin.InviteAsync(org, email);
        var id = (await invitee.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Single()!["id"];

        (await stranger.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Should().BeEmpty();
        await (await stranger.AcceptInvitationAsync(id, link)).ShouldBeProblemAsync(HttpStatusCode.NotFound); // holding the link is not enough either
        await (await stranger.DeclineInvitationAsync(id, link)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/v1/orgs/{org}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await invitee.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Should().ContainSingle("it is still pending for its invitee");
    }

    [Fact]
    public async Task Api_keys_have_no_invitations_to_answer()
    {
        using var admin = await app.CreateAdminClientAsync();
        using var key = app.CreateClient((await admin.CreateApiKeyAsync(await admin.DemoOrganizationIdAsync())).Key);

        await (await key.GetAsync("/api/v1/invitations", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await key.PostAsJsonAsync($"/api/v1/invitations/{Guid.NewGuid()}/accept", new { token = "any" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().GetAsync("/api/v1/invitations", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_new_user_accepts_the_link_with_a_password_gets_the_account_and_membership_and_can_sign_in()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Newcomer Co");
        var email = $"new-{Guid.NewGuid():N}@example.test";
        var link = await admin.InviteAsync(org, email, "Admin");

        using (var created = await app.CreateAccountFromLinkAsync(link, Password))
        {
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
            created.Headers.Location!.ToString().Should().StartWith("/admin/login");
        }

        using var newcomer = app.CreateClient(await app.GetTokenAsync(email, Password));
        (await newcomer.GetFromJsonAsync<JsonArray>("/api/v1/orgs", Ct))!.Should().ContainSingle().Which!["role"]!.GetValue<string>().Should().Be("Admin");
        using var browser = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(browser, email, Password)).Dispose();
        (await app.CreateClient().GetAsync(new Uri(link).AbsolutePath, Ct)).StatusCode.Should().Be(HttpStatusCode.Gone);
        (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Should().BeEmpty();
    }

    [Theory]
    [InlineData("short", null)]
    [InlineData("alllowercaseletters", null)]
    [InlineData(Password, "Another-Password-1")]
    public async Task A_password_that_breaks_the_rules_or_differs_creates_nothing(string password, string? confirmation)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Weak Co");
        var email = $"weak-{Guid.NewGuid():N}@example.test";
        var link = await admin.InviteAsync(org, email);
        await using var db = await app.OpenDatabaseAsync();

        using var refused = await app.CreateAccountFromLinkAsync(link, password, confirmation);

        refused.StatusCode.Should().Be(HttpStatusCode.OK, "the form is shown again with the reason");
        (await refused.Content.ReadAsStringAsync(Ct)).Should().Contain("class=\"alert error\"");
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE normalized_email = @e", ("e", email.ToUpperInvariant()))).Should().Be(0);
        (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Should().ContainSingle("the invitation is still open");
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("expired")]
    [InlineData("declined")]
    public async Task Revoked_expired_and_declined_links_are_refused_to_new_and_known_users(string how)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Closed {how}");
        var (knownEmail, known) = await KnownUserAsync(admin);
        var newEmail = $"closed-{Guid.NewGuid():N}@example.test";
        var newLink = await admin.InviteAsync(org, newEmail);
        var knownLink = await admin.InviteAsync(org, knownEmail);
        var knownId = (await known.GetFromJsonAsync<JsonArray>("/api/v1/invitations", Ct))!.Single()!["id"]!.GetValue<Guid>();
        var newId = (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Single(i => i!["email"]!.GetValue<string>() == newEmail)!["id"]!.GetValue<Guid>();
        await CloseAsync(admin, known, knownLink, org, [newId, knownId], how);

        using var page = await app.CreateClient().GetAsync(new Uri(newLink).AbsolutePath, Ct);
        page.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await page.Content.ReadAsStringAsync(Ct)).Should().Contain("no longer valid").And.NotContain("name=\"Password\"");
        await (await known.AcceptInvitationAsync(knownId, knownLink)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await known.GetAsync($"/api/v1/orgs/{org}/members", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE normalized_email = @e", ("e", newEmail.ToUpperInvariant()))).Should().Be(0);
    }

    [Fact]
    public async Task A_posted_new_account_form_for_a_closed_link_creates_nothing()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Late Co");
        var email = $"late-{Guid.NewGuid():N}@example.test";
        var link = await admin.InviteAsync(org, email);
        using var browser = AdminSignIn.CookieClient(app, new CookieContainer());
        var path = new Uri(link).AbsolutePath;
        var token = await AdminSignIn.AntiforgeryTokenAsync(browser, path); // the form was opened while the link was valid
        var id = (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Single()!["id"];
        (await admin.DeleteAsync($"/api/v1/orgs/{org}/invitations/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = Password, ["ConfirmPassword"] = Password, ["__RequestVerificationToken"] = token });
        using var posted = await browser.PostAsync($"{path}?handler=CreateAccount", form, Ct);

        posted.StatusCode.Should().Be(HttpStatusCode.Gone);
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.users WHERE normalized_email = @e", ("e", email.ToUpperInvariant()))).Should().Be(0);
    }

    [Fact]
    public async Task Unknown_links_are_404_and_revoking_an_accepted_invitation_is_409()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Links Co");
        (await app.CreateClient().GetAsync("/admin/invitations/not-a-real-token", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var email = $"accepted-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, org, email, "Member", Password);
        (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Should().BeEmpty("an accepted one is not pending");
        await using var db = await app.OpenDatabaseAsync();
        var accepted = await db.ScalarAsync<Guid>("SELECT id FROM accounts.invitations WHERE organization_id = @org AND status = 'Accepted'", ("org", org));

        await (await admin.DeleteAsync($"/api/v1/orgs/{org}/invitations/{accepted}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.DeleteAsync($"/api/v1/orgs/{org}/invitations/{Guid.NewGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task CloseAsync(HttpClient admin, HttpClient known, string knownLink, Guid org, Guid[] ids, string how)
    {
        switch (how)
        {
            case "revoked":
                foreach (var id in ids)
                {
                    (await admin.DeleteAsync($"/api/v1/orgs/{org}/invitations/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
                    (await admin.DeleteAsync($"/api/v1/orgs/{org}/invitations/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent, "revoking again is a no-op");
                }

                break;
            case "expired":
                await using (var db = await app.OpenDatabaseAsync())
                {
                    // The app's clock is not the test's to move: the rows' expiry is moved into the past instead.
                    (await db.ExecuteAsync("UPDATE accounts.invitations SET expires_at = now() - interval '1 second' WHERE id = ANY(@ids)", ("ids", ids))).Should().Be(2);
                }

                (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{org}/invitations", Ct))!.Should().OnlyContain(i => i!["status"]!.GetValue<string>() == "expired");
                break;
            case "declined":
                (await known.DeclineInvitationAsync(ids[1], knownLink)).StatusCode.Should().Be(HttpStatusCode.OK);
                await using (var db = await app.OpenDatabaseAsync())
                {
                    (await db.ExecuteAsync("UPDATE accounts.invitations SET status = 'Declined' WHERE id = @id", ("id", ids[0]))).Should().Be(1);
                }

                break;
        }
    }

    /// <summary>A user with an account (a member of an organization of their own), signed in to the API.</summary>
    private async Task<(string Email, HttpClient Client)> KnownUserAsync(HttpClient admin)
    {
        var email = $"known-{Guid.NewGuid():N}@example.test";
        await app.AddNewUserAsync(admin, await admin.CreateOrganizationAsync("Home of " + email[..12]), email, "Owner", Password);
        return (email, app.CreateClient(await app.GetTokenAsync(email, Password)));
    }
}
