using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.ListFeedback;

/// <summary>
/// Query-string filters of the list and export endpoints (<c>?status=New,Triaged&amp;q=login&amp;priority=high,urgent&amp;sentiment=negative</c>).
/// <c>status</c> and <c>priority</c> take one or more values, comma-separated or repeated.
/// </summary>
internal sealed record FeedbackFilterParameters(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "category")] string? Category,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "hasEmail")] bool? HasEmail,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "priority")] string[]? Priority = null,
    [FromQuery(Name = "sentiment")] string? Sentiment = null)
{
    /// <summary>The filter, or a validation problem naming each parameter with an unknown value.</summary>
    public (FeedbackFilter? Filter, IResult? Problem) ToFilter()
    {
        var errors = new Dictionary<string, string[]>();
        var statuses = Parse<FeedbackStatus>("status", [Status], errors, ignoreCase: true);
        var priorities = Parse<FeedbackPriority>("priority", Priority ?? [], errors);
        var sentiment = Parse<SentimentBand>("sentiment", [Sentiment], errors);
        if (sentiment.Count > 1)
        {
            errors["sentiment"] = ["Give one sentiment: negative, neutral or positive."];
        }

        return errors.Count > 0
            ? (null, TypedResults.ValidationProblem(errors))
            : (new FeedbackFilter(statuses, Category, From, To, HasEmail, Q, priorities, sentiment.Count == 1 ? sentiment[0] : null), null);
    }

    /// <summary>
    /// The comma-separated names in <paramref name="values"/>: enum names (status, any case) or their API values
    /// (priority, sentiment: lower case, any case accepted); never numbers.
    /// </summary>
    private static List<T> Parse<T>(string parameter, IEnumerable<string?> values, Dictionary<string, string[]> errors, bool ignoreCase = false)
        where T : struct, Enum
    {
        var parsed = new List<T>();
        foreach (var name in values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (char.IsDigit(name[0]) || name[0] is '-' or '+' || !Enum.TryParse<T>(name, ignoreCase: true, out var value) || !Enum.IsDefined(value))
            {
                var names = ignoreCase ? Enum.GetNames<T>() : Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
                errors[parameter] = [$"Unknown {parameter} '{name}'. Use: {string.Join(", ", names)}."];
                return parsed;
            }

            parsed.Add(value);
        }

        return parsed;
    }
}
