using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Zeron.Feedback.Contracts.Items;

/// <summary>How urgent the AI's triage judged an item (API value: lower case).</summary>
public enum FeedbackPriority
{
    [JsonStringEnumMemberName("low")]
    Low,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("high")]
    High,

    [JsonStringEnumMemberName("urgent")]
    Urgent,
}

/// <summary>A band of the triage's sentiment score: negative below −0.25, positive above 0.25, neutral between (inclusive).</summary>
public enum SentimentBand
{
    [JsonStringEnumMemberName("negative")]
    Negative,

    [JsonStringEnumMemberName("neutral")]
    Neutral,

    [JsonStringEnumMemberName("positive")]
    Positive,
}

/// <summary>The AI's structured summary of an item, written once after submission; not redone when the item is edited.</summary>
public sealed record FeedbackTriageDto(
    [property: Description("A short title (at most 80 characters) in the feedback's own language.")]
    string Title,
    [property: Description("One of the project's categories; the AI's view, the item's own category is unchanged.")]
    string Category,
    [property: Description("From −1 (very negative) to 1 (very positive).")]
    double Sentiment,
    FeedbackPriority Priority,
    [property: Description("ISO 639-1 code of the feedback's language, e.g. `en`.")]
    string Language,
    DateTimeOffset TriagedAt,
    [property: Description("The model that wrote it.")]
    string Model);

/// <summary>The bounds of <see cref="SentimentBand"/>: negative below <see cref="NegativeBelow"/>, positive above <see cref="PositiveAbove"/>.</summary>
public static class SentimentBands
{
    public const double NegativeBelow = -0.25;

    public const double PositiveAbove = 0.25;
}
