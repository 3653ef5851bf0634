using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.ListFeedback;

internal static class ListFeedbackEndpoint
{
    private const int DefaultLimit = 50;

    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/projects/{projectId:guid}/feedback", HandleAsync)
            .WithName("ListFeedback")
            .WithSummary("A project's feedback, newest first, filtered and paged with a cursor.")
            .WithDescription("Filters: `status` (comma-separated: New, Triaged, Planned, InProgress, Done, Closed, Spam), `category`, " +
                "`from`/`to` (ISO 8601), `hasEmail`, `q` (full text, web-search syntax: `login -password \"error page\"`), " +
                "and by the AI triage (untriaged items never match these): `priority` (one or more of low, medium, high, urgent; comma-separated or repeated) " +
                "and `sentiment` (negative: below −0.25, neutral: −0.25 to 0.25, positive: above 0.25). Each item's `triage` is null until the AI " +
                "triaged it (never when AI is off); it is written once after submission and not redone when the item is edited. " +
                "Order: `sort=newest` (the default: newest item first) or `sort=activity` (latest activity first: a new item or a new message " +
                "in its conversation, see `lastActivityAt`). " +
                "Paging: `limit` (1–200, default 50); pass `nextCursor` back as `cursor` with the same `sort`; it is null on the last page.")
            .Produces<FeedbackPageDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Page);

    private static async Task<IResult> HandleAsync(
        Guid orgId, Guid projectId, [AsParameters] FeedbackFilterParameters filter, string? cursor,
        [Range(1, ListFeedbackValidator.MaxLimit), DefaultValue(DefaultLimit)] int? limit,
        [Description("`newest` (default) or `activity`: latest activity (a new item or a new message) first.")] string? sort,
        ISender sender, CancellationToken ct)
    {
        var (parsed, problem) = filter.ToFilter();
        if (parsed is null)
        {
            return problem!;
        }

        if (!FeedbackSorts.TryParse(sort, out var order))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sort"] = [$"Unknown sort '{sort}'. Use: newest, activity."] });
        }

        var result = await sender.Send(new ListFeedbackQuery(orgId, projectId, parsed, cursor, limit ?? DefaultLimit, order), ct);
        return result.ToHttpResult(TypedResults.Ok);
    }
}
