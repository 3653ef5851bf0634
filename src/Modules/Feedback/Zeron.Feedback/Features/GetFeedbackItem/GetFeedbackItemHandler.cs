using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.DuplicateCandidates;
using Zeron.Feedback.Features.SearchFeedback;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.GetFeedbackItem;

internal sealed class GetFeedbackItemHandler(FeedbackDbContext db, IOptions<FeedbackSearchOptions> search) : IQueryHandler<GetFeedbackItemQuery, Result<FeedbackItemDetailDto>>
{
    /// <summary>How many of an original's duplicates the detail lists (it counts them all).</summary>
    public const int ListedDuplicates = 50;

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
            var projectName = await db.Projects.Where(p => p.Id == item.ProjectId && p.OrganizationId == query.OrganizationId)
                .Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
            var original = item.DuplicateOfId is { } originalId
                ? await db.FeedbackItems.AsNoTracking().Where(f => f.Id == originalId && f.OrganizationId == query.OrganizationId)
                    .ToSummaries().SingleOrDefaultAsync(cancellationToken)
                : null;
            var duplicates = db.FeedbackItems.AsNoTracking().Where(f => f.DuplicateOfId == item.Id && f.OrganizationId == query.OrganizationId);
            var count = await duplicates.CountAsync(cancellationToken);
            var listed = await duplicates.NewestFirst().Take(ListedDuplicates).ToSummaries().ToListAsync(cancellationToken);
            var possible = await db.PossibleDuplicatesAsync(query.OrganizationId, [item.Id], search.Value.DuplicateThreshold, cancellationToken);
            return new FeedbackItemDetailDto(item.ToDto() with { PossibleDuplicate = possible.GetValueOrDefault(item.Id) }, messages.Select(m => m.ToDto()).ToList(), count, projectName, original, listed);
        }, cancellationToken);
}
