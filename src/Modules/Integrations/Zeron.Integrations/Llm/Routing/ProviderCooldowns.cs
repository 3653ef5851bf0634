using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Zeron.Integrations.Llm.Routing;

/// <summary>
/// Provider health in Redis, so every instance agrees: failures within a window are counted, and after
/// <see cref="LlmOptions.FailuresBeforeCooldown"/> of them (or at once, when the provider asks for a long
/// <c>Retry-After</c>) the provider rests until a time every instance reads. A success clears the count.
/// Keys name the provider by a digest of its name, base URL and connection, never by its key.
/// </summary>
internal sealed class ProviderCooldowns(IConnectionMultiplexer redis, IOptions<LlmOptions> options, TimeProvider clock)
{
    public async Task<DateTimeOffset?> UntilAsync(LlmProviderSettings provider)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(provider, "cooldown"));
        return value.TryParse(out long until) && until > clock.GetUtcNow().ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(until)
            : null;
    }

    public async Task FailedAsync(LlmProviderSettings provider, TimeSpan? retryAfter)
    {
        var settings = options.Value;
        var db = redis.GetDatabase();
        var failuresKey = Key(provider, "failures");
        var failures = await db.StringIncrementAsync(failuresKey);
        if (failures == 1)
        {
            await db.KeyExpireAsync(failuresKey, TimeSpan.FromSeconds(settings.FailureWindowSeconds));
        }

        var asked = retryAfter is { } wait && wait > TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds);
        if (!asked && failures < settings.FailuresBeforeCooldown)
        {
            return;
        }

        // A long Retry-After is the provider's own answer; repeated failures rest at least the configured time.
        var cooldown = TimeSpan.FromSeconds(settings.CooldownSeconds);
        var rest = asked ? retryAfter!.Value : retryAfter > cooldown ? retryAfter.Value : cooldown;
        var until = clock.GetUtcNow() + rest;
        await db.StringSetAsync(Key(provider, "cooldown"), until.ToUnixTimeMilliseconds(), rest);
        await db.KeyDeleteAsync(failuresKey);
    }

    public Task SucceededAsync(LlmProviderSettings provider) => redis.GetDatabase().KeyDeleteAsync(Key(provider, "failures"));

    private static RedisKey Key(LlmProviderSettings provider, string what)
    {
        var identity = $"{provider.Name}|{provider.BaseUrl}|{provider.ConnectionId}";
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
        return $"zeron:llm:{provider.Name}:{digest}:{what}";
    }
}
