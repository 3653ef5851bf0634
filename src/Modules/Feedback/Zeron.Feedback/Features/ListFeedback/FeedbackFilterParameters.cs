using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.ListFeedback;

/// <summary>Query-string filters of the list and export endpoints (<c>?status=New,Triaged&amp;q=login&amp;hasEmail=true</c>).</summary>
internal sealed record FeedbackFilterParameters(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "category")] string? Category,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "hasEmail")] bool? HasEmail,
    [FromQuery(Name = "q")] string? Q)
{
    /// <summary>The filter, or the invalid status names.</summary>
    public (FeedbackFilter? Filter, string? Error) ToFilter()
    {
        var statuses = new List<FeedbackStatus>();
        foreach (var name in (Status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<FeedbackStatus>(name, ignoreCase: true, out var status) || !Enum.IsDefined(status) || char.IsDigit(name[0]))
            {
                return (null, $"Unknown status '{name}'. Use: {string.Join(", ", Enum.GetNames<FeedbackStatus>())}.");
            }

            statuses.Add(status);
        }

        return (new FeedbackFilter(statuses, Category, From, To, HasEmail, Q), null);
    }
}
