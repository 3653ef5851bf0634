using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features.Widget;

/// <summary>
/// Fixed one-minute windows in Redis, counted by one Lua script so concurrent instances cannot race: the address
/// counter first, then the project counter (an address already over its limit does not use up the project's budget).
/// Keys <c>zeron:rl:widget:…</c> expire with their window. If Redis fails, requests pass (logged): a lost counter must
/// not take the widget down.
/// </summary>
internal sealed partial class WidgetRateLimiter(IConnectionMultiplexer redis, IOptions<WidgetRateLimitOptions> options, ILogger<WidgetRateLimiter> logger)
{
    private const long WindowMs = 60_000;
    private static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(1);

    // Returns 0 when allowed, else the milliseconds until the full window resets.
    private const string Script = """
        local function hit(key, limit)
          local n = redis.call('INCR', key)
          local ttl = redis.call('PTTL', key)
          if n == 1 or ttl < 0 then
            redis.call('PEXPIRE', key, ARGV[3])
            ttl = tonumber(ARGV[3])
          end
          if n > limit then return ttl end
          return 0
        end
        local wait = hit(KEYS[1], tonumber(ARGV[1]))
        if wait > 0 or #KEYS < 2 then return wait end
        return hit(KEYS[2], tonumber(ARGV[2]))
        """;

    /// <returns>Null when allowed; otherwise how long to wait (whole seconds, at least 1).</returns>
    public async Task<TimeSpan?> AcquireAsync(IPAddress? client, string? projectKey, CancellationToken cancellationToken)
    {
        var keys = new List<RedisKey> { $"zeron:rl:widget:ip:{ClientKey(client)}" };
        // Only real-looking keys get a counter, so junk keys cannot fill Redis (unknown ones expire within a minute).
        if (ProjectKeys.LooksValid(projectKey))
        {
            keys.Add($"zeron:rl:widget:project:{projectKey}");
        }

        var limits = options.Value;
        try
        {
            var wait = (long)await redis.GetDatabase()
                .ScriptEvaluateAsync(Script, [.. keys], [limits.PerIpPerMinute, limits.PerProjectPerMinute, WindowMs])
                .WaitAsync(RedisTimeout, cancellationToken);
            return wait <= 0 ? null : TimeSpan.FromSeconds(Math.Max(1, (wait + 999) / 1000));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, ex);
            return null;
        }
    }

    /// <summary>IPv4 as is; IPv6 by its /64, the block one subscriber usually holds (else each address would be new).</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        return Convert.ToHexString(bytes, 0, 8).ToLower(CultureInfo.InvariantCulture) + "::/64";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Widget rate limits are not enforced: Redis did not answer")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception);
}
