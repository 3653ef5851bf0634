using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>The inbox's GET filter form; also turned back into query strings for paging and export links.</summary>
public sealed class InboxFilterForm
{
    [FromQuery(Name = "project")] public Guid? Project { get; set; }

    [FromQuery(Name = "status")] public FeedbackStatus? Status { get; set; }

    [FromQuery(Name = "category")] public string? Category { get; set; }

    [FromQuery(Name = "from")] public DateOnly? From { get; set; }

    [FromQuery(Name = "to")] public DateOnly? To { get; set; }

    [FromQuery(Name = "email")] public bool? HasEmail { get; set; }

    [FromQuery(Name = "q")] public string? Query { get; set; }

    [FromQuery(Name = "sort")] public FeedbackSort? Sort { get; set; }

    /// <summary>The AI triage's priority (<c>high</c>; one here, the API takes several).</summary>
    [FromQuery(Name = "priority")] public FeedbackPriority? Priority { get; set; }

    [FromQuery(Name = "sentiment")] public SentimentBand? Sentiment { get; set; }

    public FeedbackSort Order => Sort ?? FeedbackSort.Newest;

    public FeedbackFilter ToFilter() => new(
        Status is { } s ? [s] : null,
        string.IsNullOrWhiteSpace(Category) ? null : Category,
        From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        To is { } to && to < DateOnly.MaxValue ? to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null, // the last day has no next one: no upper bound
        HasEmail,
        string.IsNullOrWhiteSpace(Query) ? null : Query,
        Priority is { } p ? [p] : null,
        Sentiment);

    public Dictionary<string, string?> RouteValues() => new()
    {
        ["project"] = Project?.ToString(),
        ["status"] = Status?.ToString(),
        ["category"] = Category,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["email"] = HasEmail?.ToString(),
        ["q"] = Query,
        ["sort"] = Sort is FeedbackSort.Activity ? "activity" : null,
        ["priority"] = Priority is { } p ? TriageLabels.Value(p) : null,
        ["sentiment"] = Sentiment is { } b ? TriageLabels.Value(b) : null,
    };

    /// <summary>These filters with another status (null: any), for the status tabs.</summary>
    public Dictionary<string, string?> RouteValues(FeedbackStatus? status)
    {
        var values = RouteValues();
        values["status"] = status?.ToString();
        return values;
    }
}
