using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.UpdateFeedbackItem;

internal sealed class UpdateFeedbackItemHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<UpdateFeedbackItemCommand, Result<FeedbackItemDto>>
{
    public async ValueTask<Result<FeedbackItemDto>> Handle(UpdateFeedbackItemCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(command.OrganizationId, cancellationToken);
        var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId, cancellationToken);
        if (item is null)
        {
            return ItemErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        if (command.Status is { } status && status != item.Status)
        {
            db.AddIntegrationEvent(new FeedbackStatusChanged(Guid.CreateVersion7(), now, item.OrganizationId, item.ProjectId, item.Id, item.Status, status));
            item.Status = status;
        }

        if (command.Tags is not null)
        {
            item.Tags = command.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        }

        item.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item.ToDto();
    }
}
