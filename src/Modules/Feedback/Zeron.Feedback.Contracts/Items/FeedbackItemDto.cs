using System.ComponentModel;
using System.Text.Json;

namespace Zeron.Feedback.Contracts.Items;

public sealed record FeedbackItemDto(
    Guid Id,
    Guid ProjectId,
    string Message,
    string Category,
    FeedbackStatus Status,
    string? Email,
    string? PageUrl,
    string? UserAgent,
    JsonElement Metadata,
    IReadOnlyList<string> Tags,
    Guid? DuplicateOfId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: Description("In list answers: when the item or the latest message of its conversation arrived (the `sort=activity` key); null elsewhere.")]
    DateTimeOffset? LastActivityAt = null,
    [property: Description("In list answers: true when the submitter wrote the latest message of the conversation after their first; null elsewhere.")]
    bool? SubmitterReplied = null,
    [property: Description("In list answers: how many items are marked as duplicates of this one; null elsewhere.")]
    int? DuplicateCount = null,
    [property: Description("The AI triage (title, category, sentiment, priority, language), written once after submission and not redone after edits; null until then, and when AI is off.")]
    FeedbackTriageDto? Triage = null,
    [property: Description("In list and item answers: the older item of the same project this one most likely duplicates (similarity at or above the threshold), or null.")]
    PossibleDuplicateDto? PossibleDuplicate = null);

public sealed record ConversationMessageDto(Guid Id, MessageAuthor Author, string Body, DateTimeOffset CreatedAt);

/// <summary>
/// One item with its conversation, how many items were merged into it as duplicates, its project's name, the original it
/// duplicates (null when it is none) and its own duplicates, newest first.
/// </summary>
public sealed record FeedbackItemDetailDto(
    FeedbackItemDto Item,
    IReadOnlyList<ConversationMessageDto> Messages,
    int DuplicateCount,
    string ProjectName,
    FeedbackItemSummaryDto? Original,
    IReadOnlyList<FeedbackItemSummaryDto> Duplicates);

/// <summary>Enough of an item to name and link it: the duplicate links and the candidate originals.</summary>
public sealed record FeedbackItemSummaryDto(Guid Id, string Message, FeedbackStatus Status, DateTimeOffset CreatedAt);

public sealed record FeedbackPageDto(IReadOnlyList<FeedbackItemDto> Items, string? NextCursor);
