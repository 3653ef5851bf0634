using System.Net;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// The security headers of every Razor page (found in the app's endpoints, each GET with real route values, signed in
/// as the system administrator), of the API, the widget script, the API reference and the jobs dashboard; and that
/// no page carries what its policy would block (inline scripts, event handler or style attributes).
/// </summary>
public sealed partial class SecurityHeadersTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_admin_page_sends_a_policy_without_inline_script_and_may_not_be_framed()
    {
        using var admin = await app.CreateAdminClientAsync();
        var targets = await SweepTargets.CreateAsync(app, admin, "https://headers.example.com");
        using var browser = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, await admin.DemoOrganizationIdAsync());
        var invitation = await AdminPageRoutes.InvitationTokenAsync(admin, await admin.DemoOrganizationIdAsync());
        var pages = AdminPageRoutes.Of(app)
            .Select(route => AdminPageRoutes.Url(route, Guid.Parse(targets.RouteValue("projectId")), Guid.Parse(targets.RouteValue("id")), Guid.Parse(targets.RouteValue("webhookId")), invitation))
            .ToList();
        pages.Should().Contain(["/admin", "/admin/login", "/admin/outbox", "/demo"]).And.HaveCountGreaterThan(15);

        foreach (var page in pages)
        {
            using var response = await browser.GetAsync(page, Ct);
            var because = $"GET {page} answered {(int)response.StatusCode}";
            ((int)response.StatusCode).Should().BeInRange(200, 399, because);
            var policy = Policy(response);
            policy["script-src"].Should().Equal(["'self'"], because);
            policy["style-src"].Should().Equal(["'self'"], because);
            policy["object-src"].Should().Equal(["'none'"], because);
            policy["frame-ancestors"].Should().Equal(["'none'"], because);
            Header(response, "X-Frame-Options").Should().Be("DENY", because);
            Header(response, "X-Content-Type-Options").Should().Be("nosniff", because);
            Header(response, "Referrer-Policy").Should().Be("strict-origin-when-cross-origin", because);
            Header(response, "Permissions-Policy").Should().Contain("camera=()", because);
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync(Ct);
                InlineScriptRegex().Matches(html).Select(m => m.Value).Should().BeEmpty(because + ": script-src 'self' blocks inline scripts");
                HandlerAttributeRegex().Matches(html).Select(m => m.Value).Should().BeEmpty(because + ": script-src 'self' blocks event handler attributes");
                StyleRegex().Matches(html).Select(m => m.Value).Should().BeEmpty(because + ": style-src 'self' blocks inline styles");
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/nosuch")]
    [InlineData("/api/v1/orgs")]
    [InlineData("/api/widget/v1/config?key=pk_000000000000000000000000")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health/live")]
    public async Task Api_answers_may_load_nothing_and_not_be_framed(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path, Ct);

        Header(response, "Content-Security-Policy").Should().Be("default-src 'none'; frame-ancestors 'none'");
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "X-Frame-Options").Should().Be("DENY");
    }

    [Fact]
    public async Task The_widget_script_keeps_what_customers_pages_need_and_gets_no_page_policy()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/widget/v1/zeron.js", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "Cross-Origin-Resource-Policy").Should().Be("cross-origin");
        response.Headers.Contains("Content-Security-Policy").Should().BeFalse();
        response.Headers.Contains("X-Frame-Options").Should().BeFalse();
    }

    [Fact]
    public async Task The_api_reference_runs_its_inline_script_by_a_fresh_nonce()
    {
        using var client = app.CreateClient();

        using var first = await client.GetAsync("/api/docs", Ct);
        using var second = await client.GetAsync("/api/docs", Ct);

        var nonce = Policy(first)["script-src"].Should().ContainSingle(v => v.StartsWith("'nonce-", StringComparison.Ordinal)).Which[7..^1];
        Policy(second)["script-src"].Should().NotContain($"'nonce-{nonce}'", "a nonce is used once");
        Policy(first)["frame-ancestors"].Should().Equal(["'none'"]);
        var html = await first.Content.ReadAsStringAsync(Ct);
        ScriptTagRegex().Matches(html).Should().NotBeEmpty().And.OnlyContain(m => m.Value.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_jobs_dashboard_loads_scripts_only_from_this_origin()
    {
        using var browser = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, Guid.Empty);

        using var response = await browser.GetAsync("/admin/jobs", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var policy = Policy(response);
        policy["script-src"].Should().Equal(["'self'"]);
        policy["style-src"].Should().Equal(["'self'", "'unsafe-inline'"], "Hangfire's pages carry style attributes");
        policy["frame-ancestors"].Should().Equal(["'none'"]);
        var html = await response.Content.ReadAsStringAsync(Ct);
        InlineScriptRegex().Matches(html).Should().BeEmpty();
        HandlerAttributeRegex().Matches(html).Should().BeEmpty();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>The Content-Security-Policy's directives and their values; a missing header fails.</summary>
    private static Dictionary<string, string[]> Policy(HttpResponseMessage response)
    {
        var header = Header(response, "Content-Security-Policy");
        header.Should().NotBeNull($"{response.RequestMessage?.RequestUri} has a Content-Security-Policy");
        return header!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
    }

    /// <summary>A script element without a src attribute.</summary>
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptRegex();

    [GeneratedRegex(@"<script\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTagRegex();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=[^>]*>|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttributeRegex();

    [GeneratedRegex(@"<[a-z][^>]*\sstyle\s*=[^>]*>|<style\b", RegexOptions.IgnoreCase)]
    private static partial Regex StyleRegex();
}
