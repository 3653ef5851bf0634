using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace Zeron.Web.Infrastructure;

/// <summary>Runs the app and turns start-up failures a user can fix into one clear line and exit code 1.</summary>
internal static class StartupErrors
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        await using var disposeApp = app;
        try
        {
            // Validate options now, before migrations touch the database (the host would only do it at start).
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.PrepareDatabasesAsync(CancellationToken.None);
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync($"zeron: configuration error: {failure}");
            }

            return 1;
        }
        catch (NpgsqlException ex)
        {
            await Console.Error.WriteLineAsync($"zeron: cannot use PostgreSQL (ConnectionStrings__Postgres): {ex.Message}");
            return 1;
        }
        catch (RedisConnectionException ex)
        {
            await Console.Error.WriteLineAsync($"zeron: cannot use Redis (ConnectionStrings__Redis): {ex.Message}");
            return 1;
        }
    }
}
