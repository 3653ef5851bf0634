using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Overview;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.GetFeedbackOverview;

/// <summary>
/// Two queries whatever the number of projects: the projects with their counts as correlated subqueries (on the
/// organization/project/created-at and item/created-at indexes), then the first item. Both run in the tenant's
/// transaction and filter by organization, so another organization's rows never count.
/// </summary>
internal sealed class GetFeedbackOverviewHandler(FeedbackDbContext db) : IQueryHandler<GetFeedbackOverviewQuery, FeedbackOverviewDto>
{
    /// <summary>Items the team has settled: a submitter writing last on them waits for nobody.</summary>
    private static readonly FeedbackStatus[] Settled = [FeedbackStatus.Done, FeedbackStatus.Closed, FeedbackStatus.Spam];

    public ValueTask<FeedbackOverviewDto> Handle(GetFeedbackOverviewQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync(query.OrganizationId, async () =>
        {
            var organizationId = query.OrganizationId;
            var since = query.Since;
            var items = db.FeedbackItems.Where(f => f.OrganizationId == organizationId);
            var messages = db.ConversationMessages.Where(m => m.OrganizationId == organizationId);
            var projects = await db.Projects.AsNoTracking()
                .Where(p => p.OrganizationId == organizationId)
                .OrderBy(p => p.Name).ThenBy(p => p.Id)
                .Select(p => new ProjectActivityDto(
                    p.Id,
                    p.Name,
                    items.Count(f => f.ProjectId == p.Id && f.CreatedAt >= since),
                    items.Count(f => f.ProjectId == p.Id && !Settled.Contains(f.Status)
                        && messages.Where(m => m.FeedbackItemId == f.Id)
                            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
                            .Select(m => (MessageAuthor?)m.Author).FirstOrDefault() == MessageAuthor.Submitter)))
                .ToListAsync(cancellationToken);
            var first = await items.AsNoTracking()
                .OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
                .Select(f => new { f.Id, f.ProjectId, f.PageUrl, f.CreatedAt })
                .FirstOrDefaultAsync(cancellationToken);
            return new FeedbackOverviewDto(
                projects,
                first is null ? null : new FirstFeedbackDto(first.Id, first.ProjectId, PageOrigin.Of(first.PageUrl), first.CreatedAt));
        }, cancellationToken);
}
