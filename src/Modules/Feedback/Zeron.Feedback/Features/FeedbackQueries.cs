using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Features.ListFeedback;

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

        if (filter.Priorities is { Count: > 0 } priorities)
        {
            items = items.Where(f => f.Triage != null && priorities.Contains(f.Triage.Priority));
        }

        items = filter.Sentiment switch
        {
            SentimentBand.Negative => items.Where(f => f.Triage != null && f.Triage.Sentiment < SentimentBands.NegativeBelow),
            SentimentBand.Neutral => items.Where(f => f.Triage != null && f.Triage.Sentiment >= SentimentBands.NegativeBelow && f.Triage.Sentiment <= SentimentBands.PositiveAbove),
            SentimentBand.Positive => items.Where(f => f.Triage != null && f.Triage.Sentiment > SentimentBands.PositiveAbove),
            _ => items,
        };

        return items;
    }

    /// <summary>True without a project (all projects), else whether the organization has it.</summary>
    public static async Task<bool> HasProjectAsync(this FeedbackDbContext db, Guid organizationId, Guid? projectId, CancellationToken cancellationToken) =>
        projectId is not { } id || await db.Projects.AnyAsync(p => p.Id == id && p.OrganizationId == organizationId, cancellationToken);

    public static IOrderedQueryable<FeedbackItem> NewestFirst(this IQueryable<FeedbackItem> items) =>
        items.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id);

    /// <summary>
    /// Each item with what the inbox shows beside it, from its conversation and its duplicates in the same query
    /// (EF leaves out the subqueries a query does not use).
    /// </summary>
    public static IQueryable<FeedbackRow> WithActivity(this IQueryable<FeedbackItem> items, FeedbackDbContext db) =>
        items.Select(f => new FeedbackRow
        {
            Item = f,
            LastActivityAt = db.ConversationMessages.Where(m => m.FeedbackItemId == f.Id).Max(m => (DateTimeOffset?)m.CreatedAt) ?? f.CreatedAt,
            LastAuthor = db.ConversationMessages.Where(m => m.FeedbackItemId == f.Id)
                .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => (MessageAuthor?)m.Author).FirstOrDefault(),
            Messages = db.ConversationMessages.Count(m => m.FeedbackItemId == f.Id),
            Duplicates = db.FeedbackItems.Count(d => d.DuplicateOfId == f.Id),
        });

    public static IOrderedQueryable<FeedbackRow> InOrder(this IQueryable<FeedbackRow> rows, FeedbackSort sort) =>
        (sort == FeedbackSort.Activity ? rows.OrderByDescending(r => r.LastActivityAt) : rows.OrderByDescending(r => r.Item.CreatedAt))
            .ThenByDescending(r => r.Item.Id);

    /// <summary>The rows listed after the cursor's row in <see cref="InOrder"/> (the next page).</summary>
    public static IQueryable<FeedbackRow> After(this IQueryable<FeedbackRow> rows, FeedbackCursor cursor) =>
        cursor.Sort == FeedbackSort.Activity
            ? rows.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.LastActivityAt, r.Item.Id), ValueTuple.Create(cursor.At, cursor.Id)))
            : rows.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.Item.CreatedAt, r.Item.Id), ValueTuple.Create(cursor.At, cursor.Id)));

    /// <summary>The rows listed up to the cursor's position in <see cref="InOrder"/> (the earlier pages), the opposite of <see cref="After"/>.</summary>
    public static IQueryable<FeedbackRow> UpTo(this IQueryable<FeedbackRow> rows, FeedbackCursor cursor) =>
        cursor.Sort == FeedbackSort.Activity
            ? rows.Where(r => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(r.LastActivityAt, r.Item.Id), ValueTuple.Create(cursor.At, cursor.Id)))
            : rows.Where(r => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(r.Item.CreatedAt, r.Item.Id), ValueTuple.Create(cursor.At, cursor.Id)));
}

/// <summary>An item with the facts of <see cref="FeedbackQueries.WithActivity"/>.</summary>
internal sealed class FeedbackRow
{
    public required FeedbackItem Item { get; init; }

    /// <summary>The latest message's time (the item's own first message counts), else the item's.</summary>
    public DateTimeOffset LastActivityAt { get; init; }

    public MessageAuthor? LastAuthor { get; init; }

    public int Messages { get; init; }

    public int Duplicates { get; init; }

    /// <summary>The submitter wrote the latest message, and it is not their first (the item's own message).</summary>
    public bool SubmitterReplied => LastAuthor == MessageAuthor.Submitter && Messages > 1;

    public FeedbackCursor Cursor(FeedbackSort sort) => new(sort, sort == FeedbackSort.Activity ? LastActivityAt : Item.CreatedAt, Item.Id);

    public FeedbackItemDto ToDto() => Item.ToDto() with { LastActivityAt = LastActivityAt, SubmitterReplied = SubmitterReplied, DuplicateCount = Duplicates };
}
