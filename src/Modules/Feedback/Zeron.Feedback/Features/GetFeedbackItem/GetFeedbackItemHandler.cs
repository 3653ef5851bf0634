using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.GetFeedbackItem;

internal sealed class GetFeedbackItemHandler(FeedbackDbContext db) : IQueryHandler<GetFeedbackItemQuery, Result<FeedbackItemDetailDto>>
{
    public ValueTask<Result<FeedbackItemDetailDto>> Handle(GetFeedbackItemQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<FeedbackItemDetailDto>(query.OrganizationId, async () =>
        {
            var item = await db.FeedbackItems.AsNoTracking()
                .SingleOrDefaultAsync(f => f.Id == query.ItemId && f.OrganizationId == query.OrganizationId, cancellationToken);
            if (item is null)
            {
                return ItemErrors.NotFound;
            }

            var messages = await db.ConversationMessages.AsNoTracking()
                .Where(m => m.FeedbackItemId == item.Id && m.OrganizationId == query.OrganizationId)
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                .ToListAsync(cancellationToken);
            var duplicates = await db.FeedbackItems.CountAsync(f => f.DuplicateOfId == item.Id && f.OrganizationId == query.OrganizationId, cancellationToken);
            return new FeedbackItemDetailDto(item.ToDto(), messages.Select(m => m.ToDto()).ToList(), duplicates);
        }, cancellationToken);
}
