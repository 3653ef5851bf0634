using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Items;

/// <summary>A page of feedback (of one project, or of all when <paramref name="ProjectId"/> is null), newest or latest activity first.</summary>
public sealed record ListFeedbackQuery(Guid OrganizationId, Guid? ProjectId, FeedbackFilter Filter, string? Cursor, int Limit, FeedbackSort Sort = FeedbackSort.Newest)
    : IQuery<Result<FeedbackPageDto>>;

public sealed record GetFeedbackItemQuery(Guid OrganizationId, Guid ItemId) : IQuery<Result<FeedbackItemDetailDto>>;

/// <summary>
/// Changes status, tags and/or the duplicate link (null keeps the current value; tags replace the whole list). All or
/// nothing: an original that cannot be linked leaves the item as it was.
/// </summary>
public sealed record UpdateFeedbackItemCommand(
    Guid OrganizationId, Guid ItemId, FeedbackStatus? Status, IReadOnlyList<string>? Tags, DuplicateLink? Duplicate = null)
    : ICommand<Result<FeedbackItemDto>>;

/// <summary>The duplicate link to set: the original's id, or null for "not a duplicate".</summary>
public sealed record DuplicateLink(Guid? OriginalId);

public sealed record DeleteFeedbackItemCommand(Guid OrganizationId, Guid ItemId) : ICommand<Result<bool>>;

/// <summary>An admin's reply; the submitter reads it in the widget.</summary>
public sealed record AddAdminReplyCommand(Guid OrganizationId, Guid ItemId, Guid? AuthorUserId, string Body)
    : ICommand<Result<ConversationMessageDto>>;

/// <summary>
/// The CSV export, streamed as lines without their line ends: the header first, then every item matching the filter
/// (of one project, or of all when <paramref name="ProjectId"/> is null), newest first. The API and the admin inbox
/// write the same lines under <see cref="FileName"/>.
/// </summary>
public sealed record ExportFeedbackCsvQuery(Guid OrganizationId, Guid? ProjectId, FeedbackFilter Filter) : IStreamQuery<string>
{
    public string FileName => ProjectId is { } project ? $"feedback-{project:N}.csv" : "feedback.csv";
}

/// <summary>Sets one status on many items at once (the inbox's bulk action); returns how many changed.</summary>
public sealed record BulkUpdateStatusCommand(Guid OrganizationId, IReadOnlyList<Guid> ItemIds, FeedbackStatus Status) : ICommand<int>;

/// <summary>Marks an item as a duplicate of another (both kept, linked); <paramref name="DuplicateOfId"/> null undoes it.</summary>
public sealed record MarkDuplicateCommand(Guid OrganizationId, Guid ItemId, Guid? DuplicateOfId) : ICommand<Result<FeedbackItemDto>>;

/// <summary>
/// Items of <paramref name="ItemId"/>'s project whose message contains <paramref name="Text"/> (any case) or matches it as
/// a search, as the originals they stand for (a match that is a duplicate stands for its original); never the item
/// itself or its own duplicates; newest first, at most <see cref="Limit"/>.
/// </summary>
public sealed record FindOriginalCandidatesQuery(Guid OrganizationId, Guid ItemId, string Text) : IQuery<Result<IReadOnlyList<FeedbackItemSummaryDto>>>
{
    public const int Limit = 10;
}

/// <summary>GDPR erasure: deletes every item (and its conversation) submitted with this email; returns how many.</summary>
public sealed record EraseSubmitterCommand(Guid OrganizationId, string Email) : ICommand<int>;
