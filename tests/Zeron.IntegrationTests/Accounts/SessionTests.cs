using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>
/// Signing out, a password change or a new security stamp (what removing a member does) ends the user's sessions:
/// saved cookies and issued access tokens stop working; other users' do not. The test host checks on every request
/// (<c>Zeron:Auth:SessionCheckSeconds = 0</c>), so nothing here waits.
/// </summary>
public sealed class SessionTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cookie_saved_before_sign_out_is_refused_after_it_and_so_are_the_users_tokens_but_not_others()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        var email = await app.CreateSignInAccountAsync(admin, org);
        var other = await app.CreateSignInAccountAsync(admin, org, "other");
        var cookies = new CookieContainer();
        using var browser = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(browser, email, SignInAccounts.Password)).Dispose();
        var saved = AdminSignIn.AuthCookie(cookies, app.BaseAddress);
        var token = await app.GetTokenAsync(email, SignInAccounts.Password);
        var othersCookies = new CookieContainer();
        using var othersBrowser = AdminSignIn.CookieClient(app, othersCookies);
        (await AdminSignIn.SignInAsync(othersBrowser, other, SignInAccounts.Password)).Dispose();
        var othersToken = await app.GetTokenAsync(other, SignInAccounts.Password);
        (await GetAdminWithCookieAsync(saved)).Should().Be(HttpStatusCode.OK, "the saved cookie works before sign-out");

        var antiforgery = await AdminSignIn.AntiforgeryTokenAsync(browser, "/admin");
        using (var signOut = await browser.PostAsync("/admin/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }), Ct))
        {
            signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await GetAdminWithCookieAsync(saved)).Should().Be(HttpStatusCode.Redirect, "the saved cookie is refused: sent to sign in");
        await (await app.CreateClient(token).GetAsync("/api/v1/orgs", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await othersBrowser.GetAsync("/admin", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "another user's session goes on");
        (await app.CreateClient(othersToken).GetAsync("/api/v1/orgs", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.CreateClient(await app.GetTokenAsync(email, SignInAccounts.Password)).GetAsync("/api/v1/orgs", Ct)).StatusCode
            .Should().Be(HttpStatusCode.OK, "signing in again works");
    }

    [Fact]
    public async Task A_password_change_ends_the_users_tokens_and_cookies_and_leaves_others_alone()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        var email = await app.CreateSignInAccountAsync(admin, org);
        var first = await app.GetTokenAsync(email, SignInAccounts.Password);
        var second = await app.GetTokenAsync(email, SignInAccounts.Password);
        var cookies = new CookieContainer();
        using var browser = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(browser, email, SignInAccounts.Password)).Dispose();
        using var user = app.CreateClient(first);

        using var changed = await user.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = SignInAccounts.Password, newPassword = "A-New-Password-2" }, Ct);

        changed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var ended = await (await user.GetAsync("/api/v1/orgs", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        ended["detail"]!.GetValue<string>().Should().Be("The session has ended: sign in again.");
        await (await app.CreateClient(second).GetAsync("/api/v1/orgs", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/admin", Ct)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await admin.GetAsync("/api/v1/orgs", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "the administrator's token is not the user's");
        using var anyClient = ClientAddress.Client(app);
        (await anyClient.TokenAsync(email, SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the old password is gone");
        (await anyClient.TokenAsync(email, "A-New-Password-2")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_security_stamp_as_removing_a_member_sets_ends_the_cookie_and_tokens()
    {
        using var admin = await app.CreateAdminClientAsync();
        var email = await app.CreateSignInAccountAsync(admin, await admin.DemoOrganizationIdAsync());
        var token = await app.GetTokenAsync(email, SignInAccounts.Password);
        var cookies = new CookieContainer();
        using var browser = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(browser, email, SignInAccounts.Password)).Dispose();
        (await browser.GetAsync("/admin", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.CreateClient(token).GetAsync("/api/v1/orgs", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var db = await app.OpenDatabaseAsync())
        {
            await using var rotate = new NpgsqlCommand("UPDATE accounts.users SET security_stamp = @stamp WHERE normalized_email = upper(@email)", db);
            rotate.Parameters.AddWithValue("stamp", Guid.NewGuid().ToString("N").ToUpperInvariant());
            rotate.Parameters.AddWithValue("email", email);
            (await rotate.ExecuteNonQueryAsync(Ct)).Should().Be(1);
        }

        (await browser.GetAsync("/admin", Ct)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await (await app.CreateClient(token).GetAsync("/api/v1/orgs", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_weak_new_one_is_a_400_naming_the_field_and_changes_nothing()
    {
        using var admin = await app.CreateAdminClientAsync();
        var email = await app.CreateSignInAccountAsync(admin, await admin.DemoOrganizationIdAsync());
        var address = ClientAddress.RandomLoopback();
        using var user = ClientAddress.Client(app, address);
        user.DefaultRequestHeaders.Authorization = new("Bearer", await app.GetTokenAsync(email, SignInAccounts.Password));

        using var wrong = await user.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = "Not-The-Password-1", newPassword = "A-New-Password-2" }, Ct);
        using var weak = await user.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = SignInAccounts.Password, newPassword = "short" }, Ct);

        (await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key).Should().Equal("currentPassword");
        (await weak.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key).Should().Equal("newPassword");
        (await user.GetAsync("/api/v1/orgs", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "nothing changed, the session goes on");
        (await ClientAddress.Client(app).TokenAsync(email, SignInAccounts.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_api_key_has_no_password_to_change()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (_, key) = await admin.CreateApiKeyAsync(await admin.DemoOrganizationIdAsync());

        using var response = await app.CreateClient(key).PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = "x-x-x-x-x-x", newPassword = "A-New-Password-2" }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<HttpStatusCode> GetAdminWithCookieAsync(string cookie)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }
}
