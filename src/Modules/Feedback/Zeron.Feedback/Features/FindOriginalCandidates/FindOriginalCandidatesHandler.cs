using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.FindOriginalCandidates;

/// <summary>
/// The originals an item could be a duplicate of, found by part of their text: a substring match (any case), so a typed
/// fragment such as "checko" finds "Checkout fails", or a word search. A match that is a duplicate stands for its original.
/// </summary>
internal sealed class FindOriginalCandidatesHandler(FeedbackDbContext db)
    : IQueryHandler<FindOriginalCandidatesQuery, Result<IReadOnlyList<FeedbackItemSummaryDto>>>
{
    public ValueTask<Result<IReadOnlyList<FeedbackItemSummaryDto>>> Handle(FindOriginalCandidatesQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<IReadOnlyList<FeedbackItemSummaryDto>>(query.OrganizationId, async () =>
        {
            var item = await db.FeedbackItems.AsNoTracking()
                .Where(f => f.Id == query.ItemId && f.OrganizationId == query.OrganizationId)
                .Select(f => new { f.Id, f.ProjectId }).SingleOrDefaultAsync(cancellationToken);
            if (item is null)
            {
                return ItemErrors.NotFound;
            }

            var text = query.Text.Trim();
            var pattern = "%" + LikePattern.Escape(text) + "%";
            var originals = db.FeedbackItems.AsNoTracking()
                .Where(f => f.OrganizationId == query.OrganizationId && f.ProjectId == item.ProjectId)
                .Where(f => EF.Functions.ILike(f.Message, pattern, LikePattern.EscapeCharacter)
                    || f.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("simple", text)))
                .Select(f => f.DuplicateOfId ?? f.Id)
                .Where(id => id != item.Id);
            var found = await db.FeedbackItems.AsNoTracking()
                .Where(f => f.OrganizationId == query.OrganizationId && f.ProjectId == item.ProjectId && originals.Contains(f.Id))
                .NewestFirst().Take(FindOriginalCandidatesQuery.Limit).ToSummaries().ToListAsync(cancellationToken);
            return found;
        }, cancellationToken);
}
