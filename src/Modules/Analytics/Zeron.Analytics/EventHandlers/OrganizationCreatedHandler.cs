using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Analytics.Data;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Analytics.EventHandlers;

/// <summary>Records a new organization in Analytics' read model. Idempotent: Analytics' inbox hands it over at least once.</summary>
internal sealed class OrganizationCreatedHandler(AnalyticsDbContext db) : IIntegrationEventHandler<OrganizationCreated>
{
    public async Task HandleAsync(OrganizationCreated notification, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO analytics.organizations (organization_id, name, slug, created_at, source_event_id)
            VALUES ({notification.OrganizationId}, {notification.Name}, {notification.Slug}, {notification.OccurredAt}, {notification.EventId})
            ON CONFLICT (organization_id) DO NOTHING
            """,
            cancellationToken);
}
