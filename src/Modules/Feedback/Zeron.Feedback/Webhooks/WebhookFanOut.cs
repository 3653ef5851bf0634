using System.Text.Json;
using System.Text.Json.Serialization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Webhooks;

/// <summary>
/// Turns one integration event into one delivery per subscribed webhook (unique per webhook and event, so a
/// redelivered event inserts none) and queues the still-pending sends on the <c>webhooks</c> queue (ADR 13).
/// Receivers may see a delivery more than once and should de-duplicate on <c>X-Zeron-Delivery</c>.
/// </summary>
internal sealed class WebhookFanOut(NpgsqlDataSource dataSource, FeedbackDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <param name="loadData">Reads the event's <c>data</c> object inside the tenant transaction; null skips the event (the item is gone).</param>
    public async Task PublishAsync(WebhookEvent e, Func<FeedbackDbContext, CancellationToken, Task<object?>> loadData, CancellationToken cancellationToken)
    {
        // Most projects have no webhook for most events: one round trip says so, before any transaction.
        if (!await AnySubscribedAsync(e, cancellationToken))
        {
            return;
        }

        var pending = await db.InTenantTransactionAsync(e.OrganizationId, async () =>
        {
            var hooks = await db.Webhooks.AsNoTracking()
                .Where(w => w.OrganizationId == e.OrganizationId && w.ProjectId == e.ProjectId && w.Events.Contains(e.Type))
                .Select(w => w.Id)
                .ToListAsync(cancellationToken);
            var data = hooks.Count == 0 ? null : await loadData(db, cancellationToken);
            if (data is null)
            {
                return new List<Guid>();
            }

            var payload = JsonSerializer.Serialize(new { id = e.EventId, type = e.Type, createdAt = e.OccurredAt, data }, Json);
            var now = clock.GetUtcNow();
            foreach (var hook in hooks)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO feedback.webhook_deliveries (id, organization_id, webhook_id, feedback_item_id, event_id, event_type, payload, status, attempts, created_at)
                    VALUES ({Guid.CreateVersion7()}, {e.OrganizationId}, {hook}, {e.FeedbackItemId}, {e.EventId}, {e.Type}, {payload}, {nameof(DeliveryStatus.Pending)}, 0, {now})
                    ON CONFLICT (webhook_id, event_id) DO NOTHING
                    """,
                    cancellationToken);
            }

            return await db.WebhookDeliveries
                .Where(d => hooks.Contains(d.WebhookId) && d.EventId == e.EventId && d.Status == DeliveryStatus.Pending)
                .Select(d => d.Id)
                .ToListAsync(cancellationToken);
        }, cancellationToken);

        foreach (var id in pending)
        {
            jobs.Enqueue<WebhookDeliveryJob>(job => job.DeliverAsync(e.OrganizationId, id, CancellationToken.None));
        }
    }

    private async Task<bool> AnySubscribedAsync(WebhookEvent e, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                RowLevelSecurity.SetOrganizationCommand(e.OrganizationId),
                new NpgsqlBatchCommand("SELECT EXISTS (SELECT FROM feedback.webhooks WHERE organization_id = $1 AND project_id = $2 AND $3 = ANY(events))")
                {
                    Parameters =
                    {
                        new NpgsqlParameter<Guid> { TypedValue = e.OrganizationId },
                        new NpgsqlParameter<Guid> { TypedValue = e.ProjectId },
                        new NpgsqlParameter<string> { TypedValue = e.Type },
                    },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken); // set_config's row
        return await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0);
    }
}

/// <summary>What every webhook payload says about its event: <c>{ id, type, createdAt, data }</c>.</summary>
internal sealed record WebhookEvent(Guid EventId, string Type, DateTimeOffset OccurredAt, Guid OrganizationId, Guid ProjectId, Guid FeedbackItemId);
