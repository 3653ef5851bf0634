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
    public async ValueTask<Result<bool>> Handle(DeleteFeedbackItemCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(command.OrganizationId, cancellationToken);
        var deleted = await db.FeedbackItems.Where(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId)
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted == 0 ? ItemErrors.NotFound : true;
    }
}
