using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Zeron.SharedKernel.RateLimiting;

/// <summary>At most <paramref name="Limit"/> hits per fixed <paramref name="Window"/> under the Redis key <paramref name="Key"/>.</summary>
public readonly record struct RateLimit(string Key, int Limit, TimeSpan Window);

/// <summary>
/// Fixed windows counted in Redis by Lua scripts, so concurrent instances cannot race and every instance sees the same
/// counts. A key expires with its window. If Redis fails, requests pass (logged): a lost counter must not take the
/// app down.
/// </summary>
public sealed partial class RedisRateLimiter(IConnectionMultiplexer redis, ILogger<RedisRateLimiter> logger)
{
    private static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(1);

    // Counts one hit on each key in order and stops at the first one over its limit (so a caller already over the
    // first limit does not use up the later ones). Returns 0 when allowed, else the milliseconds until that window ends.
    private const string HitScript = """
        for i, key in ipairs(KEYS) do
          local limit = tonumber(ARGV[2 * i - 1])
          local window = tonumber(ARGV[2 * i])
          local n = redis.call('INCR', key)
          local ttl = redis.call('PTTL', key)
          if n == 1 or ttl < 0 then
            redis.call('PEXPIRE', key, window)
            ttl = window
          end
          if n > limit then return ttl end
        end
        return 0
        """;

    // Whether the key has used up its limit, without counting: 0 when not, else the milliseconds until its window ends.
    private const string PeekScript = """
        local n = tonumber(redis.call('GET', KEYS[1]) or '0')
        if n < tonumber(ARGV[1]) then return 0 end
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then return 0 end
        return ttl
        """;

    // Takes back one hit (never below zero), keeping the window's expiry.
    private const string ReleaseScript = """
        local n = tonumber(redis.call('GET', KEYS[1]) or '0')
        if n > 0 then redis.call('DECR', KEYS[1]) end
        return 0
        """;

    /// <summary>Counts a hit against each limit, in order.</summary>
    /// <returns>Null when allowed; otherwise how long to wait (at least 1 s).</returns>
    public Task<TimeSpan?> HitAsync(IReadOnlyList<RateLimit> limits, CancellationToken cancellationToken) =>
        RunAsync(HitScript, limits, limits.SelectMany(l => new RedisValue[] { l.Limit, (long)l.Window.TotalMilliseconds }).ToArray(), cancellationToken);

    /// <summary>Counts a hit against one limit.</summary>
    public Task<TimeSpan?> HitAsync(RateLimit limit, CancellationToken cancellationToken) => HitAsync([limit], cancellationToken);

    /// <summary>Whether <paramref name="limit"/> is used up (its window holds <c>Limit</c> hits), without counting a hit.</summary>
    /// <returns>Null when not; otherwise how long until its window ends (at least 1 s).</returns>
    public Task<TimeSpan?> PeekAsync(RateLimit limit, CancellationToken cancellationToken) =>
        RunAsync(PeekScript, [limit], [limit.Limit], cancellationToken);

    /// <summary>
    /// Takes back a hit counted by <see cref="HitAsync(RateLimit, CancellationToken)"/>: for callers that count an
    /// attempt before its outcome is known (so concurrent attempts cannot all pass) and only failures should stay counted.
    /// </summary>
    public Task ReleaseAsync(RateLimit limit, CancellationToken cancellationToken) =>
        RunAsync(ReleaseScript, [limit], [], cancellationToken);

    private async Task<TimeSpan?> RunAsync(string script, IReadOnlyList<RateLimit> limits, RedisValue[] values, CancellationToken cancellationToken)
    {
        try
        {
            var wait = (long)await redis.GetDatabase()
                .ScriptEvaluateAsync(script, limits.Select(l => (RedisKey)l.Key).ToArray(), values)
                .WaitAsync(RedisTimeout, cancellationToken);
            return wait <= 0 ? null : TimeSpan.FromSeconds(Math.Max(1, (wait + 999) / 1000));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, limits[0].Key, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit {Key} is not enforced: Redis did not answer")]
    private static partial void LogRedisUnavailable(ILogger logger, string key, Exception exception);
}
