using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;
using Zeron.SharedKernel.Http;

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
    /// <c>{ status, checks: { name: status }, details: { name: what is wrong } }</c>, 503 when a check is Unhealthy.
    /// Details are Zeron's own words: a Degraded check's description, or "does not answer" for an Unhealthy one; a
    /// failing probe's exception text (hosts, ports) is not shown.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (report.Status == HealthStatus.Unhealthy)
        {
            context.Response.Headers.RetryAfter = Outages.RetryAfter;
        }

        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            details = report.Entries.Select(e => (e.Key, Detail: DetailOf(e.Key, e.Value)))
                .Where(e => e.Detail is not null)
                .ToDictionary(e => e.Key, e => e.Detail),
        });
    }

    private static string? DetailOf(string name, HealthReportEntry entry) => entry.Status switch
    {
        HealthStatus.Unhealthy => name switch
        {
            "postgres" => $"{Outage.PostgreSql} does not answer.",
            "redis" => $"{Outage.Redis} does not answer.",
            _ => $"{name} failed.",
        },
        // A check that threw gets the exception's message as its description: not shown.
        HealthStatus.Degraded => entry.Exception is null ? entry.Description : $"{name} could not be checked.",
        _ => null,
    };
}
