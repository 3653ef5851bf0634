using Hangfire;
using Hangfire.PostgreSql;
using Zeron.Accounts.Authentication;

namespace Zeron.Web.Infrastructure;

/// <summary>Hangfire on PostgreSQL (schema <c>hangfire</c>), a server in-process, the dashboard at <c>/admin/jobs</c>.</summary>
internal static class ZeronJobs
{
    public static void AddZeronJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres")!;
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                o => o.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1) }));
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = configuration.GetValue("Zeron:Jobs:WorkerCount", Math.Min(8, Environment.ProcessorCount * 2));
            o.SchedulePollingInterval = TimeSpan.FromSeconds(2);
            o.ServerName = $"zeron-{Environment.MachineName}-{Environment.ProcessId}";
        });
    }

    public static void MapZeronJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/admin/jobs", new DashboardOptions
            {
                // Access is decided by the endpoint's authorization policy below, not by Hangfire's local-only default.
                Authorization = [],
                AppPath = "/admin",
                DashboardTitle = "Zeron jobs",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(AdminUi.SystemAdminPolicy);
}
