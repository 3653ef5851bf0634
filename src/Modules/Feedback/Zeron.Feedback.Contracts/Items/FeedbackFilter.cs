namespace Zeron.Feedback.Contracts.Items;

/// <summary>
/// The inbox / API filters. All optional; <see cref="Query"/> is full-text (web-search syntax). <see cref="Priorities"/>
/// and <see cref="Sentiment"/> match the AI triage, so untriaged items never match them.
/// </summary>
public sealed record FeedbackFilter(
    IReadOnlyList<FeedbackStatus>? Statuses,
    string? Category,
    DateTimeOffset? From,
    DateTimeOffset? To,
    bool? HasEmail,
    string? Query,
    IReadOnlyList<FeedbackPriority>? Priorities = null,
    SentimentBand? Sentiment = null);
