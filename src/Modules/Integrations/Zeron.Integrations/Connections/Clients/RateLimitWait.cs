using System.Globalization;
using System.Net;

namespace Zeron.Integrations.Connections.Clients;

/// <summary>
/// Reads a rate-limited answer: Jira and GitHub say 429 (and GitHub also 403 with <c>X-RateLimit-Remaining: 0</c>), with
/// <c>Retry-After</c> (seconds, or an HTTP date) or <c>X-RateLimit-Reset</c> (epoch seconds: Jira sends an ISO date
/// there, also read). A wait longer than <see cref="MaxWait"/> is not waited: the error goes to the caller.
/// </summary>
internal static class RateLimitWait
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>When the answer names no wait: long enough not to hammer, short enough to stay bounded.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    public static bool IsRateLimited(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        || (response.StatusCode == HttpStatusCode.Forbidden && Header(response, "X-RateLimit-Remaining") == "0");

    /// <summary>How long to wait before trying again; null when the answer is no rate limit or asks for more than <see cref="MaxWait"/>.</summary>
    public static TimeSpan? WaitBefore(HttpResponseMessage response, DateTimeOffset now)
    {
        if (!IsRateLimited(response))
        {
            return null;
        }

        var wait = RetryAfter(response, now) ?? Reset(response, now) ?? DefaultWait;
        return wait <= MaxWait ? wait : null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => Clamp(delta),
        { Date: { } date } => Clamp(date - now),
        _ => null,
    };

    private static TimeSpan? Reset(HttpResponseMessage response, DateTimeOffset now)
    {
        var value = Header(response, "X-RateLimit-Reset");
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var epochSeconds))
        {
            return Clamp(DateTimeOffset.FromUnixTimeSeconds(epochSeconds) - now);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? Clamp(at - now) : null;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
