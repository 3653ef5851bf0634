using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features;

/// <summary>The inbox filters as one query, shared by the list, the admin inbox and the CSV export.</summary>
internal static class FeedbackQueries
{
    public static IQueryable<FeedbackItem> Filter(this IQueryable<FeedbackItem> items, Guid organizationId, Guid? projectId, FeedbackFilter filter)
    {
        items = items.Where(f => f.OrganizationId == organizationId);
        if (projectId is { } project)
        {
            items = items.Where(f => f.ProjectId == project);
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            items = items.Where(f => statuses.Contains(f.Status));
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var category = filter.Category.Trim().ToLowerInvariant();
            items = items.Where(f => f.Category == category);
        }

        if (filter.From is { } from)
        {
            items = items.Where(f => f.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            items = items.Where(f => f.CreatedAt < to);
        }

        if (filter.HasEmail is { } hasEmail)
        {
            items = hasEmail ? items.Where(f => f.SubmitterEmail != null) : items.Where(f => f.SubmitterEmail == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var query = filter.Query.Trim();
            items = items.Where(f => f.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("simple", query)));
        }

        return items;
    }

    public static IOrderedQueryable<FeedbackItem> NewestFirst(this IQueryable<FeedbackItem> items) =>
        items.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id);
}
