using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>The widget's JSON body; <c>website</c> is a honeypot that stays empty for people.</summary>
internal sealed record SubmitFeedbackRequest(
    string? ProjectKey,
    string? ClientId,
    string? Message,
    string? Category = null,
    string? Email = null,
    string? PageUrl = null,
    JsonElement? Metadata = null,
    string? Website = null);

internal static class SubmitFeedbackEndpoint
{
    public const string Route = "/feedback";

    public static void Map(RouteGroupBuilder widget) =>
        widget.MapPost(Route, HandleAsync)
            .WithName("SubmitWidgetFeedback")
            .WithSummary("Send feedback from the widget: 201 with the conversation and its token; the same clientId again is 200 with the first result.")
            .WithDescription("The body's projectKey is authoritative; the widget also appends ?key= (the same key) so a CORS preflight can find the project. " +
                "Bodies are JSON of at most 32 KB. Rate limited per client address and per project (429 with Retry-After).")
            .WithMetadata(new JsonRequestBody(typeof(SubmitFeedbackRequest)))
            .Produces<SubmittedFeedbackDto>(StatusCodes.Status201Created)
            .Produces<SubmittedFeedbackDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithRequestExample(new SubmitFeedbackRequest(FeedbackExamples.Key, "5b0f3c1e-8a7d-4e2b-9c6f-1d2e3f4a5b6c", FeedbackExamples.Item.Message, "bug",
                "ada@example.com", FeedbackExamples.Item.PageUrl, FeedbackExamples.Item.Metadata, Website: null))
            .WithResponseExample(StatusCodes.Status201Created, FeedbackExamples.Submitted)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Submitted)
            .WithResponseExample(StatusCodes.Status400BadRequest, FeedbackExamples.ValidationProblem)
            .WithResponseExample(StatusCodes.Status429TooManyRequests, FeedbackExamples.TooManyRequestsProblem);

    private static async Task<IResult> HandleAsync(string? key, HttpContext http, ISender sender, WidgetRateLimiter limiter, CancellationToken ct)
    {
        var (request, problem) = await WidgetJsonBody.ReadAsync<SubmitFeedbackRequest>(http, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(request!.ProjectKey) && !string.Equals(key, request.ProjectKey, StringComparison.Ordinal))
        {
            return ApiProblems.Validation(
                new Dictionary<string, string[]> { ["projectKey"] = ["The body's projectKey differs from the ?key= in the URL."] });
        }

        var projectKey = string.IsNullOrEmpty(request!.ProjectKey) ? key : request.ProjectKey;
        if (await limiter.CheckAsync(http, projectKey, ct) is { } tooMany)
        {
            return tooMany;
        }

        var command = new SubmitFeedbackCommand(projectKey ?? "", WidgetOrigin.CrossOrigin(http), request.ClientId ?? "", request.Message ?? "",
            request.Category, request.Email, request.PageUrl, request.Metadata, request.Website, http.Request.Headers[HeaderNames.UserAgent].ToString());
        return (await sender.Send(command, ct)).ToHttpResult(r => r.IsReplay
            ? TypedResults.Ok(r.Feedback)
            : TypedResults.Created((string?)null, r.Feedback));
    }
}
