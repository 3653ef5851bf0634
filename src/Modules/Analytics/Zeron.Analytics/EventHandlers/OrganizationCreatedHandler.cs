using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Analytics.Data;

namespace Zeron.Analytics.EventHandlers;

/// <summary>Records a new organization in Analytics' read model. Idempotent: the outbox delivers at least once.</summary>
internal sealed class OrganizationCreatedHandler(AnalyticsDbContext db) : INotificationHandler<OrganizationCreated>
{
    public async ValueTask Handle(OrganizationCreated notification, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO analytics.organizations (organization_id, name, slug, created_at, source_event_id)
            VALUES ({notification.OrganizationId}, {notification.Name}, {notification.Slug}, {notification.OccurredAt}, {notification.EventId})
            ON CONFLICT (organization_id) DO NOTHING
            """,
            cancellationToken);
}
