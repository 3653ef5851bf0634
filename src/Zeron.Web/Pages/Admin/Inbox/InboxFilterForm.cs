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

    public FeedbackFilter ToFilter() => new(
        Status is { } s ? [s] : null,
        string.IsNullOrWhiteSpace(Category) ? null : Category,
        From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        HasEmail,
        string.IsNullOrWhiteSpace(Query) ? null : Query);

    public Dictionary<string, string?> RouteValues() => new()
    {
        ["project"] = Project?.ToString(),
        ["status"] = Status?.ToString(),
        ["category"] = Category,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["email"] = HasEmail?.ToString(),
        ["q"] = Query,
    };
}
