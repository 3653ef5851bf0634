using System.Globalization;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>
/// How the AI triage reads and looks in the inbox and on the item page: a label and a badge colour per priority and
/// sentiment band (zeron.css <c>.badge.priority-*</c>, <c>.badge.sentiment-*</c>, every pair AA contrast).
/// </summary>
public static class TriageLabels
{
    public static IReadOnlyList<FeedbackPriority> Priorities { get; } = [FeedbackPriority.Urgent, FeedbackPriority.High, FeedbackPriority.Medium, FeedbackPriority.Low];

    public static IReadOnlyList<SentimentBand> Bands { get; } = Enum.GetValues<SentimentBand>();

    public static string Label(FeedbackPriority priority) => priority switch
    {
        FeedbackPriority.Urgent => "Urgent",
        FeedbackPriority.High => "High",
        FeedbackPriority.Medium => "Medium",
        _ => "Low",
    };

    public static string Label(SentimentBand band) => band switch
    {
        SentimentBand.Negative => "Negative",
        SentimentBand.Positive => "Positive",
        _ => "Neutral",
    };

    /// <summary>The API value (<c>high</c>, <c>negative</c>): what the filter form sends.</summary>
    public static string Value(FeedbackPriority priority) => priority.ToString().ToLowerInvariant();

    public static string Value(SentimentBand band) => band.ToString().ToLowerInvariant();

    public static SentimentBand Band(double sentiment) =>
        sentiment < SentimentBands.NegativeBelow ? SentimentBand.Negative
        : sentiment > SentimentBands.PositiveAbove ? SentimentBand.Positive
        : SentimentBand.Neutral;

    /// <summary>"−0.60" or "+0.25": the score with its sign, as the summary shows it beside the band.</summary>
    public static string Score(double sentiment) =>
        (sentiment < 0 ? "−" : "+") + Math.Abs(sentiment).ToString("0.00", CultureInfo.InvariantCulture);

    public static string BadgeClass(FeedbackPriority priority) => $"badge priority-{Value(priority)}";

    public static string BadgeClass(SentimentBand band) => $"badge sentiment-{Value(band)}";
}

/// <summary>What the triage partials show: the item's summary (null: untriaged) and whether AI is on for the organization.</summary>
public sealed record TriageView(FeedbackTriageDto? Triage, bool AiEnabled);
