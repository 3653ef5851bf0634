using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.GetConversation;

internal static class GetConversationEndpoint
{
    public const string Route = "/conversations/{conversationId:guid}";

    public static void Map(RouteGroupBuilder widget) =>
        widget.MapGet(Route, HandleAsync)
            .WithName("GetWidgetConversation")
            .WithSummary("The submitter's conversation, oldest message first; needs ?token= from the submission.")
            .WithDescription("A wrong or missing token and an unknown id are the same 404. Too many wrong tokens from one address are 429 with Retry-After.")
            .Produces<ConversationDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Conversation);

    private static async Task<IResult> HandleAsync(
        Guid conversationId, string? token, HttpContext http, ISender sender, WidgetRateLimiter limiter, ConversationTokens tokens, CancellationToken ct) =>
        await limiter.CheckTokenAsync(tokens, http, conversationId, token, ct)
            ?? (await sender.Send(new GetConversationQuery(conversationId, token, WidgetOrigin.CrossOrigin(http)), ct)).ToHttpResult(TypedResults.Ok);
}
