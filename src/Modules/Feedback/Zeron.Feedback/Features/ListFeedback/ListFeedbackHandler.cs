using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.ListFeedback;

internal sealed class ListFeedbackHandler(FeedbackDbContext db) : IQueryHandler<ListFeedbackQuery, Result<FeedbackPageDto>>
{
    public ValueTask<Result<FeedbackPageDto>> Handle(ListFeedbackQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<FeedbackPageDto>(query.OrganizationId, async () =>
        {
            if (query.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId && p.OrganizationId == query.OrganizationId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            var items = db.FeedbackItems.AsNoTracking().Filter(query.OrganizationId, query.ProjectId, query.Filter);
            if (FeedbackCursor.TryDecode(query.Cursor, out var after))
            {
                items = items.Where(f => EF.Functions.LessThan(ValueTuple.Create(f.CreatedAt, f.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
            }

            var page = await items.NewestFirst().Take(query.Limit + 1).ToListAsync(cancellationToken);
            var more = page.Count > query.Limit;
            var shown = more ? page[..query.Limit] : page;
            var next = more ? new FeedbackCursor(shown[^1].CreatedAt, shown[^1].Id).Encode() : null;
            return new FeedbackPageDto(shown.Select(f => f.ToDto()).ToList(), next);
        }, cancellationToken);
}
