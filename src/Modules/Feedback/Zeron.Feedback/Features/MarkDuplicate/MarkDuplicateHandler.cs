using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.MarkDuplicate;

/// <summary>
/// Links an item to the one it duplicates (the survivor). Chains collapse onto the survivor's own survivor, and an
/// item never becomes a duplicate of itself; both items are kept, so the merge is undone by clearing the link.
/// </summary>
internal sealed class MarkDuplicateHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<MarkDuplicateCommand, Result<FeedbackItemDto>>
{
    public ValueTask<Result<FeedbackItemDto>> Handle(MarkDuplicateCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<FeedbackItemDto>(command.OrganizationId, async () =>
        {
            // Merges in one organization take turns (a lock held until this transaction ends; merges are rare admin actions).
            // Locking only the two rows is not enough: a merge also reads the target's survivor and re-points the item's own
            // duplicates, so concurrent merges could still leave a chain (A into B while B's survivor S goes into Z) or
            // deadlock on those other rows.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT pg_advisory_xact_lock(hashtextextended('zeron.feedback.merge:' || {command.OrganizationId}::text, 0))", cancellationToken);
            var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId, cancellationToken);
            if (item is null)
            {
                return ItemErrors.NotFound;
            }

            if (command.DuplicateOfId is not { } targetId)
            {
                item.ClearDuplicate(clock.GetUtcNow());
                return item.ToDto();
            }

            var target = await db.FeedbackItems.AsNoTracking()
                .SingleOrDefaultAsync(f => f.Id == targetId && f.OrganizationId == command.OrganizationId, cancellationToken);
            if (target is null)
            {
                return Error.NotFound("feedback.duplicate_target_not_found", "The item to merge into was not found.");
            }

            if (!item.TryMarkDuplicateOf(target, clock.GetUtcNow()))
            {
                return Error.Validation("feedback.duplicate_of_itself", "An item cannot be a duplicate of itself.");
            }

            // Items that were duplicates of this one now point at the new survivor.
            var survivor = item.DuplicateOfId;
            await db.FeedbackItems.Where(f => f.DuplicateOfId == item.Id && f.OrganizationId == command.OrganizationId)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.DuplicateOfId, survivor), cancellationToken);
            return item.ToDto();
        }, cancellationToken);
}
