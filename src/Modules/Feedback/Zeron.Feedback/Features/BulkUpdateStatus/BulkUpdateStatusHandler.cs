using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.BulkUpdateStatus;

internal sealed class BulkUpdateStatusHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<BulkUpdateStatusCommand, int>
{
    public const int MaxItems = 500;

    public async ValueTask<int> Handle(BulkUpdateStatusCommand command, CancellationToken cancellationToken)
    {
        var ids = command.ItemIds.Distinct().Take(MaxItems).ToList();
        var now = clock.GetUtcNow();
        await using var transaction = await db.BeginTenantTransactionAsync(command.OrganizationId, cancellationToken);
        var changed = await db.FeedbackItems
            .Where(f => f.OrganizationId == command.OrganizationId && ids.Contains(f.Id) && f.Status != command.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, command.Status).SetProperty(f => f.UpdatedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}
