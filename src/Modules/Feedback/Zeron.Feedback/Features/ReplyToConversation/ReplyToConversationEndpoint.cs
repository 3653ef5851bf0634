using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.ReplyToConversation;

internal sealed record ReplyToConversationRequest(string? Body);

internal static class ReplyToConversationEndpoint
{
    public const string Route = "/conversations/{conversationId:guid}/messages";

    public static void Map(RouteGroupBuilder widget) =>
        widget.MapPost(Route, HandleAsync)
            .WithName("ReplyToWidgetConversation")
            .WithSummary("The submitter replies in their conversation (1 to 5000 characters); needs ?token= from the submission.")
            .WithDescription("A wrong or missing token and an unknown id are the same 404. Counts against the per-address rate limit; too many wrong tokens from one address are 429 with Retry-After.")
            .WithMetadata(new JsonRequestBody(typeof(ReplyToConversationRequest)))
            .Produces<WidgetMessageDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithRequestExample(new ReplyToConversationRequest(FeedbackExamples.SubmitterReply.Body))
            .WithResponseExample(StatusCodes.Status201Created, FeedbackExamples.SubmitterReply);

    private static async Task<IResult> HandleAsync(
        Guid conversationId, string? token, HttpContext http, ISender sender, WidgetRateLimiter limiter, ConversationTokens tokens, CancellationToken ct)
    {
        if (await limiter.CheckTokenAsync(tokens, http, conversationId, token, ct) is { } refused)
        {
            return refused;
        }

        var (request, problem) = await WidgetJsonBody.ReadAsync<ReplyToConversationRequest>(http, ct);
        if (problem is not null)
        {
            return problem;
        }

        // The project is not known before the database is asked, so replies count per client address only.
        if (await limiter.CheckAsync(http, projectKey: null, ct) is { } tooMany)
        {
            return tooMany;
        }

        var command = new ReplyToConversationCommand(conversationId, token, WidgetOrigin.CrossOrigin(http), request!.Body ?? "");
        return (await sender.Send(command, ct)).ToHttpResult(m => TypedResults.Created((string?)null, m));
    }
}
