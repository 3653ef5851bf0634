using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.ListFeedback;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.CountFeedback;

/// <summary>The inbox's tab counts (every status, the other filters applied), its total and the page's start.</summary>
internal sealed class CountFeedbackHandler(FeedbackDbContext db) : IQueryHandler<CountFeedbackQuery, Result<FeedbackCountsDto>>
{
    public ValueTask<Result<FeedbackCountsDto>> Handle(CountFeedbackQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<FeedbackCountsDto>(query.OrganizationId, async () =>
        {
            if (!await db.HasProjectAsync(query.OrganizationId, query.ProjectId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            var anyStatus = query.Filter with { Statuses = null };
            var counted = await db.FeedbackItems.AsNoTracking().Filter(query.OrganizationId, query.ProjectId, anyStatus)
                .GroupBy(f => f.Status).Select(g => new { Status = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
            var byStatus = Enum.GetValues<FeedbackStatus>().ToDictionary(s => s, s => counted.GetValueOrDefault(s));
            var matching = query.Filter.Statuses is { Count: > 0 } statuses ? statuses.Distinct().Sum(s => byStatus[s]) : byStatus.Values.Sum();

            var before = 0;
            if (FeedbackCursor.TryDecode(query.Cursor, query.Sort, out var cursor))
            {
                before = await db.FeedbackItems.AsNoTracking().Filter(query.OrganizationId, query.ProjectId, query.Filter).WithActivity(db)
                    .UpTo(cursor).CountAsync(cancellationToken);
            }

            return new FeedbackCountsDto(byStatus, matching, before);
        }, cancellationToken);
}
