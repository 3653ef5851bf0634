using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using StackExchange.Redis;
using Zeron.Feedback.Assistant;
using Zeron.Feedback.Contracts.Widget;

namespace Zeron.Feedback.Features.StreamConversation;

/// <summary>
/// The SSE body: <c>retry</c>, every stored message as a <c>message</c> event (the widget merges by id), then the
/// conversation's live events from <see cref="ConversationLive"/> (each with its stream id, so a reconnect with
/// <c>Last-Event-ID</c> resumes exactly), woken by Redis pub/sub, with comment heartbeats, until the client leaves or
/// <see cref="ConversationStreamOptions.MaxSeconds"/> pass. Written by hand rather than with <c>TypedResults.ServerSentEvents</c>:
/// that formatter writes no comment lines (the heartbeats) and this stream mixes ids from two sources.
/// </summary>
internal sealed class ConversationStreamResult(
    ConversationDto conversation, string? lastEventId, ConversationLive live, ConversationStreamOptions options, TimeProvider clock)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string ContentType = "text/event-stream";

    private const int Page = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int? StatusCode => StatusCodes.Status200OK;

    string? IContentTypeHttpResult.ContentType => ContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx and friends: pass each event on at once
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(options.MaxSeconds), clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(bound.Token, httpContext.RequestAborted);
        var ct = linked.Token;
        ChannelMessageQueue? nudges = null;
        try
        {
            nudges = await live.SubscribeAsync(conversation.Id);
            var position = lastEventId ?? await live.StartOfCurrentAsync(conversation.Id);
            var text = new StringBuilder($"retry: {options.RetryMilliseconds}\n\n");
            foreach (var message in conversation.Messages)
            {
                Event(text, null, ConversationLive.Message, JsonSerializer.Serialize(message, Json));
            }

            // An id without data dispatches nothing but sets the client's Last-Event-ID: a reconnect resumes exactly here
            // even when no live event came, so a turn finished between two responses is never skipped.
            text.Append("id: ").Append(position).Append("\n\n");
            await WriteAsync(response, text, ct);
            await FollowAsync(response, nudges, position, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the bound passed (the client reconnects) or the client left
        }
        catch (RedisException)
        {
            // live events are unavailable: end the response; the client reconnects and the stored messages still come
        }
        finally
        {
            if (nudges is not null)
            {
                await nudges.UnsubscribeAsync();
            }
        }
    }

    private async Task FollowAsync(HttpResponse response, ChannelMessageQueue nudges, string position, CancellationToken ct)
    {
        var heartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds);
        Task? nudge = null;
        while (!ct.IsCancellationRequested)
        {
            var entries = await live.ReadAfterAsync(conversation.Id, position, Page);
            if (entries.Count > 0)
            {
                var text = new StringBuilder();
                foreach (var e in entries)
                {
                    Event(text, e.Id, e.Type, e.Data);
                }

                position = entries[^1].Id;
                await WriteAsync(response, text, ct);
                if (entries.Count == Page)
                {
                    continue;
                }
            }

            nudge ??= nudges.ReadAsync(ct).AsTask();
            if (await Task.WhenAny(nudge, Task.Delay(heartbeat, clock, ct)) == nudge)
            {
                await nudge;
                nudge = null;
            }
            else if (!ct.IsCancellationRequested)
            {
                await WriteAsync(response, new StringBuilder(": keep-alive\n\n"), ct);
            }
        }
    }

    /// <summary>One event; <paramref name="data"/> is JSON on one line (serialized JSON never holds a raw line break).</summary>
    private static void Event(StringBuilder text, string? id, string type, string data)
    {
        if (id is not null)
        {
            text.Append("id: ").Append(id).Append('\n');
        }

        text.Append("event: ").Append(type).Append("\ndata: ").Append(data).Append("\n\n");
    }

    private static async Task WriteAsync(HttpResponse response, StringBuilder text, CancellationToken ct)
    {
        await response.WriteAsync(text.ToString(), ct);
        await response.Body.FlushAsync(ct);
    }
}
