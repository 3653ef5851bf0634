using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>
/// The first administrator's password was generated (<c>./zeron up</c> says so with ZERON_ADMIN_PASSWORD_GENERATED):
/// every admin page sends them to change it; the API still issues tokens (ADR 22). Once changed, it is theirs.
/// </summary>
public sealed class GeneratedPasswordTests(GeneratedPasswordTests.Factory app) : IClassFixture<GeneratedPasswordTests.Factory>
{
    private const string Chosen = "My-Own-Password-42";
    private const string PasswordPage = "/admin/account/password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_admin_page_sends_the_administrator_to_change_the_generated_password_until_they_have()
    {
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<bool>("SELECT must_change_password FROM accounts.users WHERE email = @e", ("e", ZeronAppFactory.AdminEmail))).Should().BeTrue();
        using var token = await app.CreateAdminClientAsync(); // API tokens are still issued: scripts keep working
        (await token.GetAsync("/api/v1/orgs", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var cookies = new CookieContainer();
        using var browser = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(browser, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();

        foreach (var page in new[] { "/admin", "/admin/settings/members", "/admin/settings/api-keys", "/admin/feedback", "/admin/feedback/inbox" })
        {
            using var response = await browser.GetAsync(page, Ct);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, page);
            response.Headers.Location!.ToString().Should().Be(PasswordPage, page);
        }

        (await browser.GetStringAsync(PasswordPage, Ct)).Should().Contain("Your password was generated for you");
        var antiforgery = await AdminSignIn.AntiforgeryTokenAsync(browser, PasswordPage);
        using (var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Sneaky", ["__RequestVerificationToken"] = antiforgery }))
        using (var posted = await browser.PostAsync("/admin/settings/organizations", form, Ct))
        {
            posted.Headers.Location!.ToString().Should().Be(PasswordPage, "posts are held back too");
        }

        using (var changed = await ChangeAsync(browser, ZeronAppFactory.AdminPassword, Chosen, Chosen))
        {
            changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await browser.GetStringAsync(PasswordPage, Ct)).Should().Contain("Your password was changed").And.NotContain("generated for you");
        (await browser.GetAsync("/admin", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "this session goes on, with its new stamp");
        (await db.ScalarAsync<bool>("SELECT must_change_password FROM accounts.users WHERE email = @e", ("e", ZeronAppFactory.AdminEmail))).Should().BeFalse();
        (await db.ScalarAsync<long>("SELECT count(*) FROM accounts.organizations WHERE name = 'Sneaky'")).Should().Be(0);
        await (await token.GetAsync("/api/v1/orgs", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized); // other sessions ended
        using var signIn = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = ZeronAppFactory.AdminEmail, password = Chosen }, Ct);
        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    internal static async Task<HttpResponseMessage> ChangeAsync(HttpClient browser, string current, string next, string confirm) =>
        await AdminPages.PostAsync(browser, PasswordPage, "", ("CurrentPassword", current), ("NewPassword", next), ("ConfirmPassword", confirm));

    public sealed class Factory : ZeronAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["ZERON_ADMIN_PASSWORD_GENERATED"] = "true" };
    }
}
