using System.Net;
using System.Text;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Behind a proxy (<c>Zeron__Http__KnownProxies=127.0.0.1</c>, the address the test's "proxy" connects from): the
/// widget's per-address limit counts each forwarded client, <c>X-Forwarded-Proto: https</c> makes cookies Secure and
/// adds HSTS; the same headers from any other address change nothing.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.BehindProxyFactory app) : IClassFixture<ForwardedHeadersTests.BehindProxyFactory>
{
    [Fact]
    public async Task The_widget_limit_counts_each_client_the_trusted_proxy_forwards()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var proxy = WidgetClient.Create(app, IPAddress.Loopback);
        var (first, second) = (ForwardedRequests.RandomClient(), ForwardedRequests.RandomClient());
        for (var i = 0; i < 3; i++)
        {
            (await ForwardedRequests.SubmitAsync(proxy, project.Key, first, $"a{i}")).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        (await ForwardedRequests.SubmitAsync(proxy, project.Key, first, "a3")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await ForwardedRequests.SubmitAsync(proxy, project.Key, second, "b0")).StatusCode
            .Should().Be(HttpStatusCode.Created, "another client behind the same proxy has its own budget");
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var stranger = WidgetClient.Create(app); // 127.x.y.z, not 127.0.0.1
        for (var i = 0; i < 3; i++)
        {
            (await ForwardedRequests.SubmitAsync(stranger, project.Key, ForwardedRequests.RandomClient(), $"s{i}")).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        (await ForwardedRequests.SubmitAsync(stranger, project.Key, ForwardedRequests.RandomClient(), "s3")).StatusCode
            .Should().Be(HttpStatusCode.TooManyRequests, "a claimed X-Forwarded-For does not buy a new budget");
    }

    [Fact]
    public async Task Https_at_the_proxy_makes_the_sign_in_and_antiforgery_cookies_secure_and_adds_hsts()
    {
        using var proxy = ForwardedRequests.FromLoopback(app);

        var (login, signedIn) = await ForwardedRequests.SignInAsync(proxy, "https");

        login.Headers.GetValues("Strict-Transport-Security").Single().Should().StartWith("max-age=31536000");
        ForwardedRequests.Cookie(login, ".AspNetCore.Antiforgery.").Should().ContainEquivalentOf("; secure");
        ForwardedRequests.Cookie(signedIn, "zeron_auth=").Should().ContainEquivalentOf("; secure");
    }

    public sealed class BehindProxyFactory : ZeronAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Zeron:Http:KnownProxies"] = "10.9.8.7, 127.0.0.1",
            ["Zeron:Http:KnownNetworks"] = "192.0.2.0/24",
            ["Zeron:Widget:RateLimits:PerIpPerMinute"] = "3",
            ["Zeron:Widget:RateLimits:PerProjectPerMinute"] = "100",
        };
    }
}

/// <summary>Without <c>Zeron__Http__KnownProxies</c> (the default) forwarded headers are ignored, even from loopback.</summary>
public sealed class ForwardedHeadersIgnoredTests(WidgetRateLimitTests.LowLimitsFactory app) : IClassFixture<WidgetRateLimitTests.LowLimitsFactory>
{
    [Fact]
    public async Task Clients_claimed_by_x_forwarded_for_share_the_senders_budget()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var sender = WidgetClient.Create(app); // its own 127.x.y.z: loopback, where a default proxy setting would trust it
        for (var i = 0; i < 3; i++)
        {
            (await ForwardedRequests.SubmitAsync(sender, project.Key, ForwardedRequests.RandomClient(), $"i{i}")).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        (await ForwardedRequests.SubmitAsync(sender, project.Key, ForwardedRequests.RandomClient(), "i3")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_claimed_https_changes_nothing()
    {
        using var sender = ForwardedRequests.FromLoopback(app);

        var (login, signedIn) = await ForwardedRequests.SignInAsync(sender, "https");

        login.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
        ForwardedRequests.Cookie(login, ".AspNetCore.Antiforgery.").Should().NotContainEquivalentOf("; secure");
        ForwardedRequests.Cookie(signedIn, "zeron_auth=").Should().NotContainEquivalentOf("; secure");
    }
}

/// <summary>Requests as a reverse proxy sends them: the client's address and scheme in X-Forwarded-* headers.</summary>
internal static class ForwardedRequests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A client from 127.0.0.1 (Linux's source address for it) that neither follows redirects nor keeps cookies.</summary>
    public static HttpClient FromLoopback(ZeronAppFactory app) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };

    /// <summary>A random address from 198.18.0.0/15 (benchmarking space), so Redis counters of other runs never collide.</summary>
    public static string RandomClient() => $"198.{Random.Shared.Next(18, 20)}.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string key, string forwardedFor, string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/v1/feedback?key={key}")
        {
            Content = new StringContent(WidgetClient.Body(key, clientId), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>
    /// GET /admin/login and POST it as the administrator, both with <c>X-Forwarded-Proto: <paramref name="scheme"/></c>
    /// and a public host; cookies are carried by hand (a cookie jar would not send Secure cookies over plain HTTP).
    /// </summary>
    public static async Task<(HttpResponseMessage Login, HttpResponseMessage SignedIn)> SignInAsync(HttpClient client, string scheme)
    {
        using var get = Forwarded(new HttpRequestMessage(HttpMethod.Get, "/admin/login"), scheme);
        var login = await client.SendAsync(get, Ct);
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await login.Content.ReadAsStringAsync(Ct);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = Forwarded(new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = ZeronAppFactory.AdminEmail,
                ["Password"] = ZeronAppFactory.AdminPassword,
                ["__RequestVerificationToken"] = token,
            }),
        }, scheme);
        post.Headers.Add("Cookie", Cookie(login, ".AspNetCore.Antiforgery.").Split(';')[0]);
        var signedIn = await client.SendAsync(post, Ct);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the sign-in succeeds");
        return (login, signedIn);
    }

    /// <summary>The <c>Set-Cookie</c> value of the cookie whose name starts with <paramref name="prefix"/>.</summary>
    public static string Cookie(HttpResponseMessage response, string prefix) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.FirstOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal)) is { } cookie
            ? cookie
            : throw new InvalidOperationException($"No {prefix} cookie was set.");

    private static HttpRequestMessage Forwarded(HttpRequestMessage request, string scheme)
    {
        request.Headers.Add("X-Forwarded-For", RandomClient());
        request.Headers.Add("X-Forwarded-Proto", scheme);
        request.Headers.Add("X-Forwarded-Host", "zeron.example.com");
        return request;
    }
}
