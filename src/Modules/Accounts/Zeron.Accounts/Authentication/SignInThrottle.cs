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
    // Counts the failure and, past the free ones, sets 'until' to now + first × 2^(failures - free - 1), capped.
    private const string FailureScript = """
        local n = redis.call('HINCRBY', KEYS[1], 'n', 1)
        local free = tonumber(ARGV[2])
        if n > free then
          local delay = math.min(tonumber(ARGV[3]) * 2 ^ math.min(n - free - 1, 40), tonumber(ARGV[4]))
          redis.call('HSET', KEYS[1], 'until', string.format('%.0f', tonumber(ARGV[1]) + delay))
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return n
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

    /// <returns>Null when <paramref name="client"/> may try to sign in to <paramref name="account"/> now; otherwise how long to wait.</returns>
    public async Task<TimeSpan?> WaitAsync(string account, IPAddress? client, CancellationToken cancellationToken)
    {
        var perClient = await limiter.PeekAsync(ClientLimit(client), cancellationToken);
        var backoff = await BackoffAsync(account, client, cancellationToken);
        return (perClient, backoff) switch
        {
            (null, null) => null,
            ({ } a, { } b) => a > b ? a : b,
            _ => perClient ?? backoff,
        };
    }

    public async Task RecordFailureAsync(string account, IPAddress? client, CancellationToken cancellationToken)
    {
        await limiter.HitAsync(ClientLimit(client), cancellationToken);
        var settings = options.Value;
        await RedisAsync(db => db.ScriptEvaluateAsync(FailureScript, [BackoffKey(account, client)],
        [
            clock.GetUtcNow().ToUnixTimeMilliseconds(),
            settings.BackoffAfterFailures,
            settings.BackoffFirstSeconds * 1000L,
            settings.BackoffMaxSeconds * 1000L,
            (long)BackoffMemory.TotalMilliseconds,
        ]), cancellationToken);
    }

    /// <summary>A successful sign-in clears the account's back-off on that client (not the client's failure count).</summary>
    public Task RecordSuccessAsync(string account, IPAddress? client, CancellationToken cancellationToken) =>
        RedisAsync(db => db.KeyDeleteAsync(BackoffKey(account, client)), cancellationToken);

    private async Task<TimeSpan?> BackoffAsync(string account, IPAddress? client, CancellationToken cancellationToken)
    {
        var until = await RedisAsync(db => db.HashGetAsync(BackoffKey(account, client), "until"), cancellationToken);
        if (until is not { IsNull: false } value || !long.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var untilMs))
        {
            return null;
        }

        var wait = DateTimeOffset.FromUnixTimeMilliseconds(untilMs) - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : null;
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
