using Zeron.SharedKernel.Persistence;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Runs before the server accepts requests: applies every module's migrations, then each module's start-up work
/// (seed data, recurring jobs). Registered before Hangfire's server so jobs never see an old schema.
/// </summary>
internal sealed partial class DatabaseStartup(IEnumerable<IModuleDatabase> databases, IServiceScopeFactory scopes, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            await database.MigrateAsync(cancellationToken);
            LogMigrated(logger, database.Module);
        }

        await using var scope = scopes.CreateAsyncScope();
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>())
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {ModuleName} is up to date")]
    private static partial void LogMigrated(ILogger logger, string moduleName);
}
