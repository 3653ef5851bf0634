using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zeron.SharedKernel.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>Registers the shared <see cref="RedisRateLimiter"/> (once, whichever module asks first); needs an <c>IConnectionMultiplexer</c>.</summary>
    public static IServiceCollection AddRedisRateLimiter(this IServiceCollection services)
    {
        services.TryAddSingleton<RedisRateLimiter>();
        return services;
    }
}
