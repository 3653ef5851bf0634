using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.MarkDuplicate;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.UpdateFeedbackItem;

internal sealed class UpdateFeedbackItemHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<UpdateFeedbackItemCommand, Result<FeedbackItemDto>>
{
    public ValueTask<Result<FeedbackItemDto>> Handle(UpdateFeedbackItemCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<FeedbackItemDto>(command.OrganizationId, async () =>
        {
            if (command.Duplicate is not null)
            {
                await DuplicateLinks.LockAsync(db, command.OrganizationId, cancellationToken);
            }

            var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId, cancellationToken);
            if (item is null)
            {
                return ItemErrors.NotFound;
            }

            // The link first: when it is refused, nothing is saved (the transaction is not committed).
            var now = clock.GetUtcNow();
            if (command.Duplicate is { } link && await DuplicateLinks.SetAsync(db, item, link.OriginalId, now, cancellationToken) is { } refused)
            {
                return refused;
            }

            if (command.Status is { } status && item.ChangeStatus(status, now) is { } changed)
            {
                db.AddIntegrationEvent(changed);
            }

            if (command.Tags is not null)
            {
                item.Retag(command.Tags, now);
            }

            item.UpdatedAt = now; // an update touches the item even when it changed nothing
            return item.ToDto();
        }, cancellationToken);
}
