using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.BulkUpdateStatus;

internal sealed class BulkUpdateStatusHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<BulkUpdateStatusCommand, int>
{
    public const int MaxItems = 500;

    public ValueTask<int> Handle(BulkUpdateStatusCommand command, CancellationToken cancellationToken)
    {
        var ids = command.ItemIds.Distinct().Take(MaxItems).ToList();
        var now = clock.GetUtcNow();
        return db.InTenantTransactionAsync(command.OrganizationId, async () =>
        {
            // Loaded rather than updated in place: every change is published (webhook feedback.status_changed) with its old status.
            var items = await db.FeedbackItems
                .Where(f => f.OrganizationId == command.OrganizationId && ids.Contains(f.Id) && f.Status != command.Status)
                .ToListAsync(cancellationToken);
            foreach (var item in items)
            {
                if (item.ChangeStatus(command.Status, now) is { } changed)
                {
                    db.AddIntegrationEvent(changed);
                }
            }

            return items.Count;
        }, cancellationToken);
    }
}
