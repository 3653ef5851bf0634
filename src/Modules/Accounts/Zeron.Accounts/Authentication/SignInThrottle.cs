using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Zeron.SharedKernel.RateLimiting;

namespace Zeron.Accounts.Authentication;

/// <summary>
/// What stops password guessing without letting a stranger lock anyone out (docs/adr/0017): a limit on failed
/// sign-ins per client address over all accounts, and a back-off per (account, client address) that doubles with each
/// failure after the first few, so failures from one client delay the account only for that client. Both live in
/// Redis (shared by all instances); the account is its normalized email, hashed, so unknown and known emails are
/// treated the same. If Redis fails, sign-in goes on unthrottled (logged), as the widget's limits do.
/// </summary>
internal sealed partial class SignInThrottle(
    RedisRateLimiter limiter, IConnectionMultiplexer redis, IOptions<AuthOptions> options, TimeProvider clock, ILogger<SignInThrottle> logger)
{
    /// <summary>A back-off record is forgotten a day after its last failure.</summary>
    private static readonly TimeSpan BackoffMemory = TimeSpan.FromDays(1);

    private static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(1);

    // KEYS[1] the (account, client) hash; ARGV: now (unix ms), free failures, first delay (ms), max delay (ms), memory (ms).
    // While 'until' is ahead, returns the milliseconds left and counts nothing. Otherwise counts the attempt as a failure
    // in advance (a success deletes the record) and, past the free ones, sets 'until' to now + first × 2^(n - free - 1),
    // capped; returns 0. Counting before the password is verified is what stops a burst of concurrent attempts from all
    // passing the check: at most the free ones plus one get through before 'until' holds the rest.
    private const string ReserveScript = """
        local now = tonumber(ARGV[1])
        local u = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
        if u > now then return u - now end
        local n = redis.call('HINCRBY', KEYS[1], 'n', 1)
        local free = tonumber(ARGV[2])
        if n > free then
          local delay = math.min(tonumber(ARGV[3]) * 2 ^ math.min(n - free - 1, 40), tonumber(ARGV[4]))
          redis.call('HSET', KEYS[1], 'until', string.format('%.0f', now + delay))
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 0
        """;

    /// <summary>The wait after <paramref name="failures"/> failures of one account from one client (zero while they are free).</summary>
    public static TimeSpan DelayAfter(int failures, AuthOptions settings)
    {
        var beyondFree = failures - settings.BackoffAfterFailures;
        if (beyondFree <= 0)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Min(settings.BackoffFirstSeconds * Math.Pow(2, Math.Min(beyondFree - 1, 40)), settings.BackoffMaxSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>
    /// Counts an attempt of <paramref name="client"/> on <paramref name="account"/> before its password is verified,
    /// against both the client's limit and the (account, client) back-off, atomically in Redis: concurrent attempts
    /// cannot all pass a check made before any of them is counted. The attempt stays counted as a failure unless
    /// <see cref="RecordSuccessAsync"/> takes it back.
    /// </summary>
    /// <returns>Null when the attempt may go ahead; otherwise how long to wait (and nothing stays counted).</returns>
    public async Task<TimeSpan?> ReserveAsync(string account, IPAddress? client, CancellationToken cancellationToken)
    {
        var limit = ClientLimit(client);
        if (await limiter.HitAsync(limit, cancellationToken) is { } overLimit)
        {
            await limiter.ReleaseAsync(limit, cancellationToken);
            return overLimit;
        }

        var settings = options.Value;
        var left = await RedisAsync(db => db.ScriptEvaluateAsync(ReserveScript, [BackoffKey(account, client)],
        [
            clock.GetUtcNow().ToUnixTimeMilliseconds(),
            settings.BackoffAfterFailures,
            settings.BackoffFirstSeconds * 1000L,
            settings.BackoffMaxSeconds * 1000L,
            (long)BackoffMemory.TotalMilliseconds,
        ]), cancellationToken);
        if (left is { IsNull: false } && (long)left > 0)
        {
            await limiter.ReleaseAsync(limit, cancellationToken);
            return TimeSpan.FromMilliseconds((long)left);
        }

        return null;
    }

    /// <summary>
    /// A successful sign-in (or a right current password) was no failure: it takes back its hit on the client's limit
    /// and clears the account's back-off on that client.
    /// </summary>
    public async Task RecordSuccessAsync(string account, IPAddress? client, CancellationToken cancellationToken)
    {
        await limiter.ReleaseAsync(ClientLimit(client), cancellationToken);
        await RedisAsync(db => db.KeyDeleteAsync(BackoffKey(account, client)), cancellationToken);
    }

    private RateLimit ClientLimit(IPAddress? client) =>
        new($"zeron:rl:signin:ip:{ClientAddresses.Key(client)}", options.Value.FailedSignInsPerClient, TimeSpan.FromMinutes(options.Value.FailedSignInWindowMinutes));

    private static RedisKey BackoffKey(string account, IPAddress? client)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account)), 0, 16);
        return $"zeron:signin:backoff:{hash}:{ClientAddresses.Key(client)}";
    }

    private async Task<T?> RedisAsync<T>(Func<IDatabase, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(redis.GetDatabase()).WaitAsync(RedisTimeout, cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, ex);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sign-in back-off is not enforced: Redis did not answer")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception);
}
