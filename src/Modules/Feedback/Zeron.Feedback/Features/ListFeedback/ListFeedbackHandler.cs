using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.DuplicateCandidates;
using Zeron.Feedback.Features.SearchFeedback;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.ListFeedback;

internal sealed class ListFeedbackHandler(FeedbackDbContext db, IOptions<FeedbackSearchOptions> search) : IQueryHandler<ListFeedbackQuery, Result<FeedbackPageDto>>
{
    public ValueTask<Result<FeedbackPageDto>> Handle(ListFeedbackQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<FeedbackPageDto>(query.OrganizationId, async () =>
        {
            if (!await db.HasProjectAsync(query.OrganizationId, query.ProjectId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            var rows = db.FeedbackItems.AsNoTracking().Filter(query.OrganizationId, query.ProjectId, query.Filter).WithActivity(db);
            if (FeedbackCursor.TryDecode(query.Cursor, query.Sort, out var after))
            {
                rows = rows.After(after);
            }

            var page = await rows.InOrder(query.Sort).Take(query.Limit + 1).ToListAsync(cancellationToken);
            var more = page.Count > query.Limit;
            var shown = more ? page[..query.Limit] : page;
            var next = more ? shown[^1].Cursor(query.Sort).Encode() : null;
            var duplicates = await db.PossibleDuplicatesAsync(query.OrganizationId, shown.Select(r => r.Item.Id).ToList(), search.Value.DuplicateThreshold, cancellationToken);
            return new FeedbackPageDto(shown.Select(r => r.ToDto() with { PossibleDuplicate = duplicates.GetValueOrDefault(r.Item.Id) }).ToList(), next);
        }, cancellationToken);
}
