using Microsoft.Extensions.Diagnostics.HealthChecks;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Web.Infrastructure;

/// <summary>
/// Degraded (still 200, so the instance keeps serving) when a module's outbox or inbox has events its dispatcher gave
/// up on, or an event has waited longer than <see cref="Stuck"/> although the dispatchers run every five seconds: the
/// side effects behind them (webhooks, other modules' reactions) are not happening. The description says where
/// ("Feedback" for an outbox, "Analytics inbox" for a consumer).
/// </summary>
internal sealed class OutboxHealthCheck(IEnumerable<IModuleEventQueue> queues, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan Stuck = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var problems = new List<string>();
        var data = new Dictionary<string, object>();
        foreach (var queue in queues)
        {
            EventBacklog backlog;
            try
            {
                backlog = await queue.ReadBacklogAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // PostgreSQL's own check reports the database; this one only says it could not look.
                return HealthCheckResult.Degraded("The outboxes and inboxes could not be read.", ex);
            }

            data[backlog.Label] = new { backlog.Waiting, backlog.OldestWaiting, backlog.GivenUp };
            if (backlog.GivenUp > 0)
            {
                problems.Add($"{backlog.Label}: {backlog.GivenUp} event(s) given up after {StoredEvent.MaxAttempts} failures (see /admin/outbox, or last_error in {backlog.Table})");
            }

            if (backlog.OldestWaiting is { } oldest && now - oldest > Stuck)
            {
                problems.Add($"{backlog.Label}: {backlog.Waiting} event(s) waiting, the oldest for {(int)(now - oldest).TotalMinutes} min");
            }
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Degraded(string.Join("; ", problems), data: data);
    }
}
