using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.DeleteFeedbackItem;

/// <summary>Deletes an item with its conversation; items marked as its duplicates stay, unlinked.</summary>
internal sealed class DeleteFeedbackItemHandler(FeedbackDbContext db) : ICommandHandler<DeleteFeedbackItemCommand, Result<bool>>
{
    public ValueTask<Result<bool>> Handle(DeleteFeedbackItemCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<bool>(command.OrganizationId, async () =>
        {
            var deleted = await db.FeedbackItems.Where(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId)
                .ExecuteDeleteAsync(cancellationToken);
            return deleted == 0 ? ItemErrors.NotFound : true;
        }, cancellationToken);
}
