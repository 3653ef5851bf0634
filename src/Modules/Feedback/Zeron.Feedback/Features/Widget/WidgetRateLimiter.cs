using System.Net;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.RateLimiting;

namespace Zeron.Feedback.Features.Widget;

/// <summary>
/// The widget's limits on the shared <see cref="RedisRateLimiter"/> (one-minute windows, keys <c>zeron:rl:widget:…</c>):
/// the address counter first, then the project counter (an address already over its limit does not use up the
/// project's budget); and failed conversation-token checks per address (token guessing).
/// </summary>
internal sealed class WidgetRateLimiter(RedisRateLimiter limiter, IOptions<WidgetRateLimitOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <returns>Null when allowed; otherwise how long to wait (whole seconds, at least 1).</returns>
    public Task<TimeSpan?> AcquireAsync(IPAddress? client, string? projectKey, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var counters = new List<RateLimit> { new($"zeron:rl:widget:ip:{ClientAddresses.Key(client)}", limits.PerIpPerMinute, Window) };
        // Only real-looking keys get a counter, so junk keys cannot fill Redis (unknown ones expire within a minute).
        if (ProjectKeys.LooksValid(projectKey))
        {
            counters.Add(new RateLimit($"zeron:rl:widget:project:{projectKey}", limits.PerProjectPerMinute, Window));
        }

        return limiter.HitAsync(counters, cancellationToken);
    }

    /// <summary>Null while the address may still present conversation tokens; otherwise how long until it may again.</summary>
    public Task<TimeSpan?> TokenChecksBlockedAsync(IPAddress? client, CancellationToken cancellationToken) =>
        limiter.PeekAsync(TokenFailures(client), cancellationToken);

    /// <summary>Counts a wrong conversation token presented from <paramref name="client"/>.</summary>
    public Task RecordWrongTokenAsync(IPAddress? client, CancellationToken cancellationToken) =>
        limiter.HitAsync(TokenFailures(client), cancellationToken);

    private RateLimit TokenFailures(IPAddress? client) =>
        new($"zeron:rl:widget:token-failures:{ClientAddresses.Key(client)}", options.Value.FailedTokenChecksPerIpPerMinute, Window);
}
