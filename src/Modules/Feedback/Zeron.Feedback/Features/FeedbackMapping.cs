using System.Text.Json;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features;

internal static class FeedbackMapping
{
    public static FeedbackItemDto ToDto(this FeedbackItem f)
    {
        using var metadata = JsonDocument.Parse(f.Metadata);
        return new FeedbackItemDto(f.Id, f.ProjectId, f.Message, f.Category, f.Status, f.SubmitterEmail, f.PageUrl, f.UserAgent,
            metadata.RootElement.Clone(), f.Tags, f.DuplicateOfId, f.CreatedAt, f.UpdatedAt, Triage: f.Triage?.ToDto());
    }

    public static FeedbackTriageDto ToDto(this TriageSummary t) => new(t.Title, t.Category, t.Sentiment, t.Priority, t.Language, t.TriagedAt, t.Model);

    public static ConversationMessageDto ToDto(this ConversationMessage m) => new(m.Id, m.Author, m.Body, m.CreatedAt);

    public static IQueryable<FeedbackItemSummaryDto> ToSummaries(this IQueryable<FeedbackItem> items) =>
        items.Select(f => new FeedbackItemSummaryDto(f.Id, f.Message, f.Status, f.CreatedAt));
}
