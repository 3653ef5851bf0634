using Hangfire;
using Microsoft.Extensions.Options;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Web.Infrastructure.Backups;

/// <summary>
/// The optional backup job: with <c>Zeron__Backup__Cron</c> set, Hangfire runs <see cref="BackupJob"/> on that
/// schedule (recurring job <c>backup</c>); without it the job is removed, so turning it off takes effect at the next
/// start. Host infrastructure rather than a module: a backup spans every module's schema and Redis.
/// </summary>
internal static class ZeronBackups
{
    public const string RecurringJobId = "backup";

    public static void AddZeronBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        services.AddScoped<BackupWriter>();
        services.AddScoped<BackupJob>();
        services.AddScoped<IModuleInitializer, BackupJobInitializer>();
    }

    private sealed class BackupJobInitializer(IRecurringJobManager jobs, IOptions<BackupOptions> options) : IModuleInitializer
    {
        public Task InitializeAsync(CancellationToken cancellationToken)
        {
            if (options.Value.Enabled)
            {
                jobs.AddOrUpdate<BackupJob>(RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Value.Cron!.Trim());
            }
            else
            {
                jobs.RemoveIfExists(RecurringJobId);
            }

            return Task.CompletedTask;
        }
    }
}

/// <summary>The Hangfire entry point: one backup, then the retention.</summary>
internal sealed partial class BackupJob(BackupWriter writer, IOptions<BackupOptions> options, ILogger<BackupJob> logger)
{
    /// <remarks>
    /// Not retried (the next scheduled run is the retry) and never two at once, also across instances: a slow dump
    /// must not pile up behind itself.
    /// </remarks>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var folder = await writer.WriteAsync(options.Value.Directory!, cancellationToken);
        LogWritten(logger, folder);
        foreach (var removed in BackupRetention.Apply(options.Value.Directory!, options.Value.Keep))
        {
            LogRemoved(logger, removed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup written to {Folder}; Zeron__DataProtection__KeyEncryptionKey is not in it: keep it separately")]
    private static partial void LogWritten(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Old backup {Folder} removed (Zeron__Backup__Keep)")]
    private static partial void LogRemoved(ILogger logger, string folder);
}
