using System.Net;
using System.Text.Json.Nodes;

namespace Zeron.IntegrationTests.Feedback.Assistant;

/// <summary>One Server-Sent Event as a client sees it.</summary>
public sealed record SseEvent(string? Id, string Type, string Data)
{
    public JsonNode Json => JsonNode.Parse(Data)!;
}

/// <summary>
/// Reads a conversation's SSE stream as <c>EventSource</c> does: one response after another (each ends after the
/// server's bound), resuming with <c>Last-Event-ID</c> (<c>0-0</c>: the live stream from its start), until <c>until</c> holds for the events read so far.
/// </summary>
public static class SseEvents
{
    public static async Task<List<SseEvent>> ReadAsync(
        HttpClient client, string path, Func<IReadOnlyList<SseEvent>, bool> until, CancellationToken ct, string? origin = null, string? lastEventId = null)
    {
        // A bound of its own, so a stream that never delivers fails the test instead of hanging it.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(60));
        ct = bounded.Token;
        var events = new List<SseEvent>();
        var lastId = lastEventId;
        while (!until(events))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/event-stream");
            if (lastId is not null)
            {
                request.Headers.Add("Last-Event-ID", lastId);
            }

            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
            {
                throw new InvalidOperationException($"The stream answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }

            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
            string? id = null, type = null, data = null;
            while (!until(events) && await reader.ReadLineAsync(ct) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null)
                    {
                        events.Add(new SseEvent(id, type ?? "message", data));
                    }

                    lastId = id ?? lastId; // an id alone moves the position too (the server states it at every start)

                    (id, type, data) = (null, null, null);
                }
                else if (line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = line[4..];
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
            }
        }

        return events;
    }

    /// <summary>The ids of the messages in <paramref name="events"/>, in order, once each (every response repeats the stored ones first).</summary>
    public static List<string> MessageBodies(IEnumerable<SseEvent> events) =>
        [.. events.Where(e => e.Type == "message").DistinctBy(e => e.Json["id"]!.GetValue<Guid>()).Select(e => e.Json["body"]!.GetValue<string>())];
}
