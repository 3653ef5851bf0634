using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: PostgreSQL and Redis really answer a query (503 if
/// not), and every module's outbox is moving (Degraded, still 200, if not: see <see cref="OutboxHealthCheck"/>).
/// </summary>
internal static class ZeronHealthChecks
{
    private const string Ready = "ready";

    public static void AddZeronHealthChecks(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHealthChecks()
            .AddNpgSql(configuration.GetConnectionString("Postgres")!, name: "postgres", tags: [Ready], timeout: TimeSpan.FromSeconds(5))
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis", tags: [Ready], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<OutboxHealthCheck>("outbox", failureStatus: HealthStatus.Degraded, tags: [Ready], timeout: TimeSpan.FromSeconds(5));

    public static void MapZeronHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
    }

    /// <summary>
    /// <c>{ status, checks: { name: status }, details: { name: what is wrong } }</c>. Details come only from Degraded
    /// checks, whose descriptions are Zeron's own words; a failing probe's exception text (hosts, ports) is not shown.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            details = report.Entries.Where(e => e.Value.Status == HealthStatus.Degraded && e.Value.Description is not null)
                .ToDictionary(e => e.Key, e => e.Value.Description),
        });
}
