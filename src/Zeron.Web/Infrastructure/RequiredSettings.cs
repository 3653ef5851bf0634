using Npgsql;
using StackExchange.Redis;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Settings without which Zeron cannot start. Checked before anything is built so a bad value stops the app with
/// one message naming the environment variable, not a stack trace from deep inside a library.
/// </summary>
internal static class RequiredSettings
{
    public static bool AreValid(IConfiguration configuration, TextWriter errors)
    {
        var problems = new List<string>();
        var postgres = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            problems.Add("ConnectionStrings__Postgres is missing (e.g. Host=127.0.0.1;Port=5433;Database=zeron;Username=zeron).");
        }
        else if (!TryParse(() => new NpgsqlConnectionStringBuilder(postgres)))
        {
            problems.Add("ConnectionStrings__Postgres is not a valid Npgsql connection string.");
        }

        var migrations = configuration.GetConnectionString("PostgresMigrations");
        if (!string.IsNullOrWhiteSpace(migrations) && !TryParse(() => new NpgsqlConnectionStringBuilder(migrations)))
        {
            problems.Add("ConnectionStrings__PostgresMigrations is not a valid Npgsql connection string.");
        }

        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            problems.Add("ConnectionStrings__Redis is missing (e.g. 127.0.0.1:6380).");
        }
        else if (!TryParse(() => ConfigurationOptions.Parse(redis)))
        {
            problems.Add("ConnectionStrings__Redis is not a valid StackExchange.Redis configuration string.");
        }

        CheckNumber(configuration, "Zeron:Api:MaxRequestBodyBytes", 1024, 1L << 30, problems);
        CheckNumber(configuration, "Zeron:Jobs:WorkerCount", 1, 100, problems);
        CheckNumber(configuration, "Zeron:Jobs:WebhookWorkerCount", 1, 100, problems);
        CheckNumber(configuration, "Zeron:Widget:RateLimits:PerIpPerMinute", 1, 1_000_000, problems);
        CheckNumber(configuration, "Zeron:Widget:RateLimits:PerProjectPerMinute", 1, 1_000_000, problems);
        CheckNumber(configuration, ZeronShutdown.SecondsKey, 1, 3600, problems);
        problems.AddRange(ZeronForwardedHeaders.Problems(configuration));
        if (configuration["Zeron:Logging:Json"] is { } json && !bool.TryParse(json, out _))
        {
            problems.Add("Zeron__Logging__Json must be true or false.");
        }

        foreach (var problem in problems)
        {
            errors.WriteLine($"zeron: configuration error: {problem}");
        }

        return problems.Count == 0;
    }

    private static void CheckNumber(IConfiguration configuration, string key, long min, long max, List<string> problems)
    {
        if (configuration[key] is { } value && (!long.TryParse(value, out var number) || number < min || number > max))
        {
            problems.Add($"{key.Replace(":", "__", StringComparison.Ordinal)} must be a whole number from {min} to {max}.");
        }
    }

    private static bool TryParse(Func<object> parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RedisConnectionException)
        {
            return false;
        }
    }
}
