using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Issue 10 point 7: Kestrel refuses a request line over <c>MaxRequestLineSize</c> (8 KB) with 414 and headers over
/// <c>MaxRequestHeadersTotalSize</c> (32 KB) with 431 while parsing, before any middleware runs, and writes no body
/// (Kestrel offers no hook for one; see docs/adr/0015-outages-are-503.md). What the host can promise: a 4xx, never a
/// 5xx, and the server keeps serving.
/// </summary>
public sealed class KestrelLimitTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_line_too_long_is_414_and_headers_too_large_are_431()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using (var tooLong = await client.GetAsync("/api/v1/orgs?q=" + new string('a', 20_000), Ct))
        {
            tooLong.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
            TestContext.Current.TestOutputHelper?.WriteLine($"414: {tooLong.Content.Headers.ContentLength} bytes of body");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/orgs");
        request.Headers.Add("X-Big", new string('b', 40_000));
        using (var tooLarge = await client.SendAsync(request, Ct))
        {
            tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
            TestContext.Current.TestOutputHelper?.WriteLine($"431: {tooLarge.Content.Headers.ContentLength} bytes of body");
        }

        using var after = await client.GetAsync("/health/live", Ct);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
