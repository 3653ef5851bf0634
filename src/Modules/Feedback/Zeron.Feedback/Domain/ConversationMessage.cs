using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Domain;

/// <summary>A message in a feedback item's conversation.</summary>
internal sealed class ConversationMessage
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public Guid FeedbackItemId { get; init; }

    public MessageAuthor Author { get; init; }

    /// <summary>The admin who wrote it (author Admin only).</summary>
    public Guid? AuthorUserId { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
