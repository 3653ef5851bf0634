using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using Zeron.SharedKernel.Jobs;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Hangfire on PostgreSQL (schema <c>hangfire</c>), servers in-process, the dashboard at <c>/admin/jobs</c>.
/// Queues (<see cref="JobQueues"/>) and their workers: <c>default</c> — each module's event tables every five seconds
/// and other short work — gets <c>Zeron__Jobs__WorkerCount</c> workers (default twice the cores, at most 8);
/// <c>webhooks</c> — outgoing deliveries — gets <c>Zeron__Jobs__WebhookWorkerCount</c> (default 4); <c>ai</c> — model calls
/// for submissions — <c>Zeron__Jobs__AiWorkerCount</c> (default 4); <c>embeddings</c> — CPU-bound batches —
/// <c>Zeron__Jobs__EmbeddingWorkerCount</c> (default 1). A web-only
/// instance (<c>Zeron__Jobs__Server=false</c>) runs none.
/// Storage and job activator are this app's own DI singletons, never Hangfire's statics, so several app instances
/// in one process (the tests) cannot run each other's jobs; the schema is installed with the migrations.
/// </summary>
internal static class ZeronJobs
{
    public const string Schema = "hangfire";

    public static void AddZeronJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres")!;
        var options = new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = false, QueuePollInterval = TimeSpan.FromSeconds(1) };
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options));
        services.AddSingleton<IModuleDatabase>(new HangfireDatabase(DatabaseConnections.From(configuration)));
        // Hangfire's static JobActivator.Current would let one app instance run jobs inside another's (disposed)
        // container; each server gets this app's own activator instead.
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (!configuration.GetValue("Zeron:Jobs:Server", true))
        {
            return; // a web-only instance (Zeron__Jobs__Server=false): it queues jobs, other instances run them
        }

        // One server per queue, each with its own workers, so hours of webhook retries cannot hold up the event tables.
        var grace = ZeronShutdown.GracePeriod(configuration);
        AddServer(services, JobQueues.Default, configuration.GetValue("Zeron:Jobs:WorkerCount", Math.Min(8, Environment.ProcessorCount * 2)), grace);
        AddServer(services, JobQueues.Webhooks, configuration.GetValue("Zeron:Jobs:WebhookWorkerCount", 4), grace);
        AddServer(services, JobQueues.Ai, configuration.GetValue("Zeron:Jobs:AiWorkerCount", 4), grace);
        AddServer(services, JobQueues.Embeddings, configuration.GetValue("Zeron:Jobs:EmbeddingWorkerCount", 1), grace);
    }

    private static void AddServer(IServiceCollection services, string queue, int workers, TimeSpan grace) =>
        services.AddHangfireServer((sp, o) =>
        {
            o.Activator = sp.GetRequiredService<JobActivator>();
            o.Queues = [queue];
            o.WorkerCount = workers;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(2);
            o.ServerName = $"zeron-{Environment.MachineName}-{Environment.ProcessId}-{queue}";
            // On shutdown no new job is taken; running ones get two thirds of the grace period before their
            // cancellation token fires, and the rest to save what they did (ZeronShutdown).
            o.StopTimeout = grace * 2 / 3;
            o.ShutdownTimeout = grace;
        });

    public static void MapZeronJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/admin/jobs", new DashboardOptions
            {
                // Access is decided by the endpoint's authorization policy below, not by Hangfire's local-only default.
                Authorization = [],
                AppPath = "/admin",
                DashboardTitle = "Zeron jobs",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(TenancyExtensions.SystemAdminPolicy)
            .Add(JobsDashboardGuard.Wrap);

    /// <summary>Installs or upgrades Hangfire's own tables, alongside the modules' migrations.</summary>
    private sealed class HangfireDatabase(DatabaseConnections connections) : IModuleDatabase
    {
        public string Module => "Jobs";

        public async Task MigrateAsync(CancellationToken cancellationToken)
        {
            await using (var connection = new NpgsqlConnection(connections.Migrations))
            {
                await connection.OpenAsync(cancellationToken);
                PostgreSqlObjectsInstaller.Install(connection, Schema);
            }

            await connections.GrantRuntimeAccessAsync(Schema, cancellationToken);
        }
    }
}
