using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Connections.Clients;

namespace Zeron.UnitTests.Integrations.Connections.Clients;

public sealed class RateLimitWaitTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage Answer(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    [Fact]
    public void A_429_waits_the_seconds_of_retry_after()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", "7"));
        RateLimitWait.WaitBefore(response, Now).Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public void A_retry_after_date_is_waited_until()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", Now.AddSeconds(12).ToString("R")));
        RateLimitWait.WaitBefore(response, Now).Should().Be(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public void GitHubs_403_with_no_requests_left_waits_until_the_epoch_reset()
    {
        using var response = Answer(HttpStatusCode.Forbidden, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", Now.AddSeconds(20).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        RateLimitWait.IsRateLimited(response).Should().BeTrue();
        RateLimitWait.WaitBefore(response, Now).Should().Be(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_reset_already_past_is_no_wait()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("X-RateLimit-Reset", Now.AddSeconds(-5).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        RateLimitWait.WaitBefore(response, Now).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Jiras_iso_date_reset_is_read_too()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("X-RateLimit-Reset", "2026-12-01T12:00:09Z"));
        RateLimitWait.WaitBefore(response, Now).Should().Be(TimeSpan.FromSeconds(9));
    }

    [Fact]
    public void A_429_that_names_no_wait_gets_the_default()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests);
        RateLimitWait.WaitBefore(response, Now).Should().Be(RateLimitWait.DefaultWait);
    }

    [Fact]
    public void A_wait_longer_than_the_cap_is_not_waited_so_the_error_surfaces()
    {
        using var response = Answer(HttpStatusCode.TooManyRequests, ("Retry-After", "3600"));
        RateLimitWait.IsRateLimited(response).Should().BeTrue();
        RateLimitWait.WaitBefore(response, Now).Should().BeNull();
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "1")]
    [InlineData(HttpStatusCode.Forbidden, null)]
    [InlineData(HttpStatusCode.Unauthorized, "0")]
    [InlineData(HttpStatusCode.ServiceUnavailable, null)]
    public void Other_refusals_are_no_rate_limit(HttpStatusCode status, string? remaining)
    {
        using var response = remaining is null ? Answer(status, ("Retry-After", "1")) : Answer(status, ("X-RateLimit-Remaining", remaining), ("Retry-After", "1"));
        RateLimitWait.IsRateLimited(response).Should().BeFalse();
        RateLimitWait.WaitBefore(response, Now).Should().BeNull();
    }
}
