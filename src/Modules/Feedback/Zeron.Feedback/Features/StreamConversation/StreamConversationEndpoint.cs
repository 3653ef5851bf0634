using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Assistant;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.StreamConversation;

internal static class StreamConversationEndpoint
{
    public const string Route = "/conversations/{conversationId:guid}/stream";

    private const string Example =
        "retry: 3000\n\n" +
        "event: message\ndata: {\"id\":\"0193a0c1-7a10-7000-8000-000000000001\",\"author\":\"submitter\",\"body\":\"The export is empty\",\"createdAt\":\"2026-12-01T10:00:00+00:00\"}\n\n" +
        "id: 1764583100000-0\n\n" +
        "id: 1764583205000-0\nevent: delta\ndata: {\"text\":\"Which format \"}\n\n" +
        "id: 1764583205100-0\nevent: delta\ndata: {\"text\":\"did you choose?\"}\n\n" +
        "id: 1764583205200-0\nevent: message\ndata: {\"id\":\"0193a0c1-7a10-7000-8000-000000000002\",\"author\":\"assistant\",\"body\":\"Which format did you choose?\",\"createdAt\":\"2026-12-01T10:00:05+00:00\"}\n\n" +
        "id: 1764583205300-0\nevent: done\ndata: {\"posted\":true}\n\n" +
        ": keep-alive\n\n";

    public static void Map(RouteGroupBuilder widget) =>
        widget.MapGet(Route, HandleAsync)
            .WithName("StreamWidgetConversation")
            .WithSummary("The conversation as Server-Sent Events; needs ?token= from the submission.")
            .WithDescription(
                "Events: `message` (a stored message, any author, as in the conversation; first every stored one, then new ones), " +
                "`delta` `{\"text\"}` (the assistant's question as it is written), `done` `{\"posted\"}` (the end of the assistant's turn); " +
                "an `id:` line alone after the stored messages states where the live part starts. " +
                "Comment lines keep the connection alive; each response ends after a bound and the client reconnects with `Last-Event-ID`. " +
                "A wrong or missing token and an unknown id are the same 404. Too many wrong tokens from one address are 429 with Retry-After.")
            .Produces<string>(StatusCodes.Status200OK, ConversationStreamResult.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithResponseExample(StatusCodes.Status200OK, Example);

    private static async Task<IResult> HandleAsync(
        Guid conversationId, string? token, HttpContext http, ISender sender, WidgetRateLimiter limiter, ConversationTokens tokens,
        ConversationLive live, IOptions<ConversationStreamOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (await limiter.CheckTokenAsync(tokens, http, conversationId, token, ct) is { } refused)
        {
            return refused;
        }

        var lastEventId = http.Request.Headers["Last-Event-ID"].ToString();
        var conversation = await sender.Send(new GetConversationQuery(conversationId, token, WidgetOrigin.CrossOrigin(http)), ct);
        return conversation.ToHttpResult(c => new ConversationStreamResult(
            c, ConversationLive.IsPosition(lastEventId) ? lastEventId : null, live, options.Value, clock));
    }
}
