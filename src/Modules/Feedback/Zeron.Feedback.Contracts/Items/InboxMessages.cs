using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Items;

/// <summary>
/// How many items match <paramref name="Filter"/>: per status ignoring the filter's statuses (the inbox's tabs), in all
/// (with them), and how many come before <paramref name="Cursor"/> in <paramref name="Sort"/> order (the page's start).
/// </summary>
public sealed record CountFeedbackQuery(Guid OrganizationId, Guid? ProjectId, FeedbackFilter Filter, FeedbackSort Sort, string? Cursor)
    : IQuery<Result<FeedbackCountsDto>>;

/// <param name="ByStatus">Every status, with 0 when none has it.</param>
/// <param name="Matching">Items matching the whole filter.</param>
/// <param name="Before">Matching items on the pages before the cursor's (its own row, the last shown, included; 0 without a cursor).</param>
public sealed record FeedbackCountsDto(IReadOnlyDictionary<FeedbackStatus, int> ByStatus, int Matching, int Before);

/// <summary>Sets one status on every item matching the filter (the inbox's "all N matching"); returns how many changed.</summary>
public sealed record BulkUpdateMatchingStatusCommand(Guid OrganizationId, Guid? ProjectId, FeedbackFilter Filter, FeedbackStatus Status)
    : ICommand<Result<int>>;
