using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Items;

/// <summary>A page of feedback (of one project, or of all when <paramref name="ProjectId"/> is null), newest or latest activity first.</summary>
public sealed record ListFeedbackQuery(Guid OrganizationId, Guid? ProjectId, FeedbackFilter Filter, string? Cursor, int Limit, FeedbackSort Sort = FeedbackSort.Newest)
    : IQuery<Result<FeedbackPageDto>>;

public sealed record GetFeedbackItemQuery(Guid OrganizationId, Guid ItemId) : IQuery<Result<FeedbackItemDetailDto>>;

/// <summary>Changes status and/or tags (null keeps the current value; tags replace the whole list).</summary>
public sealed record UpdateFeedbackItemCommand(Guid OrganizationId, Guid ItemId, FeedbackStatus? Status, IReadOnlyList<string>? Tags)
    : ICommand<Result<FeedbackItemDto>>;

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

/// <summary>GDPR erasure: deletes every item (and its conversation) submitted with this email; returns how many.</summary>
public sealed record EraseSubmitterCommand(Guid OrganizationId, string Email) : ICommand<int>;
