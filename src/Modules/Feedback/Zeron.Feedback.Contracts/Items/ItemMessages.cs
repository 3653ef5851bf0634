using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Items;

/// <summary>A page of a project's feedback, newest first; pass the returned cursor for the next page.</summary>
public sealed record ListFeedbackQuery(Guid OrganizationId, Guid ProjectId, FeedbackFilter Filter, string? Cursor, int Limit)
    : IQuery<Result<FeedbackPageDto>>;

public sealed record GetFeedbackItemQuery(Guid OrganizationId, Guid ItemId) : IQuery<Result<FeedbackItemDetailDto>>;

/// <summary>Changes status and/or tags (null keeps the current value; tags replace the whole list).</summary>
public sealed record UpdateFeedbackItemCommand(Guid OrganizationId, Guid ItemId, FeedbackStatus? Status, IReadOnlyList<string>? Tags)
    : ICommand<Result<FeedbackItemDto>>;

public sealed record DeleteFeedbackItemCommand(Guid OrganizationId, Guid ItemId) : ICommand<Result<bool>>;

/// <summary>An admin's reply; the submitter reads it in the widget.</summary>
public sealed record AddAdminReplyCommand(Guid OrganizationId, Guid ItemId, Guid? AuthorUserId, string Body)
    : ICommand<Result<ConversationMessageDto>>;

/// <summary>Every item matching the filter, newest first, streamed (for the CSV export).</summary>
public sealed record ExportFeedbackQuery(Guid OrganizationId, Guid ProjectId, FeedbackFilter Filter) : IStreamQuery<FeedbackItemDto>;
