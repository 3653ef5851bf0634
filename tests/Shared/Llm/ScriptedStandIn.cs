using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Zeron.Tests.Shared.Llm;

/// <summary>
/// The shared part of the vendor stand-ins: a <see cref="LoopbackServer"/> that records every request and answers
/// with the next scripted reply (or the default one when the script is empty).
/// </summary>
public abstract class ScriptedStandIn<TReply> : IAsyncDisposable
    where TReply : class
{
    private const string BodyItem = "zeron.stand-in.body";
    private readonly ConcurrentQueue<TReply> _script = new();
    private readonly ConcurrentQueue<(string Marker, ConcurrentQueue<TReply> Replies)> _routes = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;

    /// <summary><c>http://127.0.0.1:{port}</c>: the value for <c>Zeron__Llm__…__BaseUrl</c> (or a connection's <c>baseUrl</c>).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Requests to one path (e.g. <c>/v1/messages</c>).</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path).ToList();

    /// <summary>Queues replies: each request takes the next one.</summary>
    public void Enqueue(params TReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    /// <summary>
    /// Queues replies only for requests whose body contains <paramref name="marker"/> (e.g. one feature's prompt fence),
    /// so features that call the model at the same time (triage and the assistant on each submission) each get theirs.
    /// </summary>
    public void EnqueueFor(string marker, params TReply[] replies)
    {
        var queue = new ConcurrentQueue<TReply>(replies);
        _routes.Enqueue((marker, queue));
    }

    /// <summary>Ends hanging replies (see the stand-ins' <c>Hang</c>) without stopping the server.</summary>
    protected CancellationToken Stopping => _stopping.Token;

    protected async Task StartAsync(Action<WebApplication> map)
    {
        (_app, BaseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                context.Request.EnableBuffering();
                using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
                var body = await reader.ReadToEndAsync(context.RequestAborted);
                context.Request.Body.Position = 0;
                var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
                _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body));
                context.Items[BodyItem] = body;
                await next(context);
            });
            map(app);
        });
    }

    /// <summary>
    /// The next reply routed to this request's body (<see cref="EnqueueFor"/>), else the next unrouted one, else
    /// <paramref name="fallback"/>. A request that matches a route never takes an unrouted reply meant for another.
    /// </summary>
    protected TReply Next(HttpContext context, TReply fallback)
    {
        var body = context.Items[BodyItem] as string ?? "";
        var routes = _routes.Where(r => body.Contains(r.Marker, StringComparison.Ordinal)).ToList();
        if (routes.Count > 0)
        {
            return routes.Select(r => r.Replies.TryDequeue(out var routed) ? routed : null).FirstOrDefault(r => r is not null) ?? fallback;
        }

        return _script.TryDequeue(out var reply) ? reply : fallback;
    }

    /// <summary>Holds the response open until the client gives up (its timeout) or the stand-in stops.</summary>
    protected async Task HangAsync(HttpContext context)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, both.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }

    protected static async Task SseAsync(HttpContext context, string? eventName, string data)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
        }

        var frame = eventName is null ? $"data: {data}\n\n" : $"event: {eventName}\ndata: {data}\n\n";
        await context.Response.WriteAsync(frame, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await LoopbackServer.StopAsync(_app);
        }

        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }
}
