using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Webhooks;

/// <summary>An integrator's endpoint: a small Kestrel app on loopback that records every POST and answers as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        WebhookReceiver? receiver = null;
        var (app, origin) = await LoopbackServer.StartAsync(app => app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver!._received.Enqueue(new ReceivedWebhook(
                request.Headers["X-Zeron-Event"].ToString(),
                request.Headers["X-Zeron-Delivery"].ToString(),
                request.Headers["X-Zeron-Signature"].ToString(),
                request.ContentType ?? "",
                body));
            return Results.StatusCode(receiver._answers.TryDequeue(out var status) ? status : StatusCodes.Status200OK);
        }));
        receiver = new WebhookReceiver(app) { Url = origin + "/hooks" };
        return receiver;
    }

    /// <summary>The next requests get these status codes (then 200 again).</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count, Func<ReceivedWebhook, bool>? match = null, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var matching = Received.Where(r => match is null || match(r)).ToList();
            if (matching.Count >= count || DateTime.UtcNow > deadline)
            {
                return matching;
            }

            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync() => new(LoopbackServer.StopAsync(_app));
}

public sealed record ReceivedWebhook(string Event, string Delivery, string Signature, string ContentType, string Body);
