using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>The admin UI over plain HTTP: sign-in required, antiforgery enforced, jobs dashboard for system admins only.</summary>
public sealed class AdminUiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/settings/api-keys")]
    [InlineData("/admin/jobs")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string path)
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        using var response = await client.GetAsync(path, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/admin/login");
    }

    [Fact]
    public async Task Posting_a_form_without_its_antiforgery_token_is_refused()
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = ZeronAppFactory.AdminEmail, ["Password"] = ZeronAppFactory.AdminPassword });
        using var response = await client.PostAsync("/admin/login", form, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse("no sign-in happened");
    }

    [Fact]
    public async Task The_administrator_opens_the_jobs_dashboard_and_sees_the_outbox_jobs()
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        var page = await client.GetStringAsync("/admin/jobs/recurring", Ct);
        page.Should().Contain("outbox-accounts").And.Contain("outbox-analytics");
    }

    [Fact]
    public async Task An_organization_owner_who_is_not_a_system_admin_cannot_open_the_jobs_dashboard()
    {
        using var client = await AdminSignIn.OwnerWhoIsNotSystemAdminAsync(app, "Not Operators");
        using var response = await client.GetAsync("/admin/jobs", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/admin/denied");
    }

    [Fact]
    public async Task Admin_pages_render_for_a_signed_in_user()
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        foreach (var path in new[] { "/admin", "/admin/feedback", "/admin/conductor", "/admin/analytics", "/admin/settings/members", "/admin/settings/api-keys", "/admin/settings/organizations", "/admin/outbox" })
        {
            using var response = await client.GetAsync(path, Ct);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("Demo", path);
        }
    }
}
