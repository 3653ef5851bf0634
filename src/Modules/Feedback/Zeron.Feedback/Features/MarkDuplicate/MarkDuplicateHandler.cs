using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.MarkDuplicate;

/// <summary>
/// Links an item to the one it duplicates (its original, in the same project; see <see cref="DuplicateLinks"/>). Both
/// items are kept, so the merge is undone by clearing the link.
/// </summary>
internal sealed class MarkDuplicateHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<MarkDuplicateCommand, Result<FeedbackItemDto>>
{
    public ValueTask<Result<FeedbackItemDto>> Handle(MarkDuplicateCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<FeedbackItemDto>(command.OrganizationId, async () =>
        {
            await DuplicateLinks.LockAsync(db, command.OrganizationId, cancellationToken);
            var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId, cancellationToken);
            if (item is null)
            {
                return ItemErrors.NotFound;
            }

            var error = await DuplicateLinks.SetAsync(db, item, command.DuplicateOfId, clock.GetUtcNow(), cancellationToken);
            return error is null ? item.ToDto() : error;
        }, cancellationToken);
}
