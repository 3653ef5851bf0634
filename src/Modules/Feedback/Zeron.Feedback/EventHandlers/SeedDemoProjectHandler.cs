using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.EventHandlers;

/// <summary>
/// Gives the seeded Demo organization (slug <c>demo</c>) a "Demo site" project, so <c>/demo</c> can show the widget
/// on first run. Idempotent (the inbox hands it over at least once): nothing happens when the organization already has
/// a project, and a transaction-scoped advisory lock keeps two concurrent deliveries from both creating one.
/// </summary>
internal sealed class SeedDemoProjectHandler(FeedbackDbContext db, TimeProvider clock) : IIntegrationEventHandler<OrganizationCreated>
{
    public const string DemoSlug = "demo";
    public const string ProjectName = "Demo site";

    /// <summary>Where <c>./zeron up</c> serves the app, so the widget also works from the demo page's own origin.</summary>
    public static readonly string[] AllowedOrigins = ["http://127.0.0.1:5080", "http://localhost:5080"];

    public async Task HandleAsync(OrganizationCreated notification, CancellationToken cancellationToken)
    {
        if (!string.Equals(notification.Slug, DemoSlug, StringComparison.Ordinal))
        {
            return;
        }

        var organizationId = notification.OrganizationId;
        await db.InTenantTransactionAsync(organizationId, async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({organizationId.ToString()}, 0))", cancellationToken);
            if (await db.Projects.AnyAsync(p => p.OrganizationId == organizationId, cancellationToken))
            {
                return false;
            }

            var now = clock.GetUtcNow();
            db.Projects.Add(new Project
            {
                Id = Guid.CreateVersion7(),
                OrganizationId = organizationId,
                Name = ProjectName,
                PublicKey = ProjectKeys.New(),
                AllowedOrigins = [.. AllowedOrigins],
                Categories = [.. Categories.Defaults],
                CreatedAt = now,
                UpdatedAt = now,
            });
            return true;
        }, cancellationToken);
    }
}
