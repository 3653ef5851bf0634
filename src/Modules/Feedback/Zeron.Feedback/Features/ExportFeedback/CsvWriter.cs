using System.Globalization;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.ExportFeedback;

/// <summary>RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe.</summary>
internal static class CsvWriter
{
    public const string Header = "id,created_at,status,category,email,message,page_url,tags,duplicate_of_id," +
        "ai_title,ai_category,ai_sentiment,ai_priority,ai_language,ai_triaged_at";

    public static string Row(FeedbackItemDto item) =>
        string.Join(',',
            item.Id.ToString(),
            Time(item.CreatedAt),
            item.Status.ToString(),
            Cell(item.Category),
            Cell(item.Email),
            Cell(item.Message),
            Cell(item.PageUrl),
            Cell(string.Join(';', item.Tags)),
            item.DuplicateOfId?.ToString() ?? "",
            Cell(item.Triage?.Title),
            Cell(item.Triage?.Category),
            item.Triage?.Sentiment.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
            item.Triage is { } t ? PriorityName(t.Priority) : "",
            Cell(item.Triage?.Language),
            item.Triage is { } triaged ? Time(triaged.TriagedAt) : "");

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string PriorityName(FeedbackPriority priority) => priority.ToString().ToLowerInvariant();

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
