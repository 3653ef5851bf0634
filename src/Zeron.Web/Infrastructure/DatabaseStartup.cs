using Zeron.SharedKernel.Persistence;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Runs before the host starts (so before Data Protection, Hangfire's server or any request touch a table): applies
/// every module's migrations, then each module's start-up work (seed data, recurring jobs).
/// </summary>
internal static partial class DatabaseStartup
{
    public static async Task PrepareDatabasesAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup).FullName!);
        foreach (var database in app.Services.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
            LogMigrated(logger, database.Module);
        }

        await using var scope = app.Services.CreateAsyncScope();
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {ModuleName} is up to date")]
    private static partial void LogMigrated(ILogger logger, string moduleName);
}
