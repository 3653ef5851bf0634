using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
    private static readonly TimeSpan Reread = TimeSpan.FromMilliseconds(500);
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

        var ct = httpContext.RequestAborted;
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
            // the client left
        }
        catch (RedisException ex)
        {
            // Live events are unavailable: end the response (the client reconnects and the stored messages still come),
            // and say so in the log: a stream that ends at once for no visible reason looks like a widget bug.
            httpContext.RequestServices.GetRequiredService<ILogger<ConversationStreamResult>>().LogWarning(ex, "Live events of conversation {ConversationId} unavailable", conversation.Id);
        }
        finally
        {
            if (nudges is not null)
            {
                // Never let the unsubscribe hold the response open; the multiplexer finishes it in the background.
                _ = nudges.UnsubscribeAsync();
            }
        }
    }

    /// <summary>
    /// Until the bound: new entries as they come, woken by the pub/sub nudge and, should a nudge be lost, by a short
    /// re-read; a comment line after a quiet heartbeat interval.
    /// </summary>
    private async Task FollowAsync(HttpResponse response, ChannelMessageQueue nudges, string position, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow().AddSeconds(options.MaxSeconds);
        var heartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds);
        var lastWrite = clock.GetUtcNow();
        Task? nudge = null;
        while (!ct.IsCancellationRequested && clock.GetUtcNow() is var now && now < deadline)
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
                lastWrite = clock.GetUtcNow();
                continue;
            }

            if (now - lastWrite >= heartbeat)
            {
                await WriteAsync(response, new StringBuilder(": keep-alive\n\n"), ct);
                lastWrite = now;
            }

            nudge ??= nudges.ReadAsync(ct).AsTask();
            var wait = new[] { Reread, deadline - now, heartbeat }.Min();
            if (await Task.WhenAny(nudge, Task.Delay(wait, clock, ct)) == nudge)
            {
                nudge = null;
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
