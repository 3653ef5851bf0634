using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.BulkUpdateStatus;

internal sealed class BulkUpdateStatusHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<BulkUpdateStatusCommand, int>
{
    public const int MaxItems = 500;

    public ValueTask<int> Handle(BulkUpdateStatusCommand command, CancellationToken cancellationToken)
    {
        var ids = command.ItemIds.Distinct().Take(MaxItems).ToList();
        return db.InTenantTransactionAsync(command.OrganizationId, async () =>
        {
            var items = await db.FeedbackItems
                .Where(f => f.OrganizationId == command.OrganizationId && ids.Contains(f.Id) && f.Status != command.Status)
                .ToListAsync(cancellationToken);
            return BulkStatusChange.Apply(db, items, command.Status, clock.GetUtcNow());
        }, cancellationToken);
    }
}
