using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Domain;

/// <summary>
/// The AI's structured summary of an item (see <c>Triage/TriageAnswer</c> for how an answer becomes one): written once,
/// after submission, by <see cref="Model"/>; the item's own category is left as the submitter chose it.
/// </summary>
internal sealed record TriageSummary(
    string Title, string Category, double Sentiment, FeedbackPriority Priority, string Language, DateTimeOffset TriagedAt, string Model)
{
    public const int MaxTitleLength = 80;
}
