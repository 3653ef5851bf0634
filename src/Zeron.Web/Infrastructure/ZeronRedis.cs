using StackExchange.Redis;

namespace Zeron.Web.Infrastructure;

/// <summary>One multiplexed Redis connection for the whole app (live state only; see ARCHITECTURE.md).</summary>
internal static class ZeronRedis
{
    public static void AddZeronRedis(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(configuration.GetConnectionString("Redis")!);
            options.AbortOnConnectFail = false;
            options.ClientName = "zeron";
            return ConnectionMultiplexer.Connect(options);
        });
}
