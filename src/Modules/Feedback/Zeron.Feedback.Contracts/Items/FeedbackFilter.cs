namespace Zeron.Feedback.Contracts.Items;

/// <summary>The inbox / API filters. All optional; <see cref="Query"/> is full-text (web-search syntax).</summary>
public sealed record FeedbackFilter(
    IReadOnlyList<FeedbackStatus>? Statuses,
    string? Category,
    DateTimeOffset? From,
    DateTimeOffset? To,
    bool? HasEmail,
    string? Query);
