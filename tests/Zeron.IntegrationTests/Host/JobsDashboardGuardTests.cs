using System.Net;
using System.Text;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Issue 10 point 7: Hangfire reads the form of <c>/stats</c> and of its POST commands without checking the content
/// type ("Incorrect Content-Type", a 500). <see cref="Zeron.Web.Infrastructure.JobsDashboardGuard"/> answers 405/415.
/// </summary>
public sealed class JobsDashboardGuardTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/admin/jobs/stats", null, HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/admin/jobs/stats", null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("POST", "/admin/jobs/stats", "application/json", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("POST", "/admin/jobs/jobs/failed/delete", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("POST", "/admin/jobs/recurring/trigger", null, HttpStatusCode.UnsupportedMediaType)]
    public async Task A_request_hangfire_cannot_read_is_a_4xx_not_a_500(string method, string path, string? contentType, HttpStatusCode expected)
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (contentType is not null)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, contentType);
        }

        using var response = await client.SendAsync(request, Ct);

        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_job_pages_own_requeue_and_delete_buttons_post_without_a_body_and_reach_hangfire()
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();

        foreach (var action in new[] { "requeue", "delete" })
        {
            using var response = await client.PostAsync($"/admin/jobs/jobs/actions/{action}/999999999", content: null, Ct);
            ((int)response.StatusCode).Should().NotBe(415, "Hangfire's own buttons send no body").And.BeLessThan(500, action);
        }
    }

    [Fact]
    public async Task The_dashboard_itself_still_answers()
    {
        using var client = AdminSignIn.CookieClient(app, new CookieContainer());
        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();

        using var response = await client.GetAsync("/admin/jobs", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
