using System.Net;
using System.Text;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>
/// Calls the widget API over a real socket from its own loopback address (<see cref="ClientAddress"/>): the
/// per-address rate limit lives in the one Redis all test classes share, so each client counts on its own.
/// </summary>
public static class WidgetClient
{
    public static HttpClient Create(ZeronAppFactory app, IPAddress? source = null) => ClientAddress.Client(app, source);

    public static IPAddress RandomLoopback() => ClientAddress.RandomLoopback();

    /// <summary>POST /api/widget/v1/feedback with the key also in the query, as the widget sends it.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string key, string json, string? origin = null, bool keyInQuery = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, keyInQuery ? $"/api/widget/v1/feedback?key={key}" : "/api/widget/v1/feedback")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return client.SendAsync(request);
    }

    /// <summary>A valid submission body for <paramref name="key"/> (JSON); extra members are merged in.</summary>
    public static string Body(string key, string clientId, string message = "The checkout button does nothing", string extra = "") =>
        $$"""{"projectKey":"{{key}}","clientId":"{{clientId}}","message":{{System.Text.Json.JsonSerializer.Serialize(message)}}{{(extra.Length > 0 ? "," + extra : "")}}}""";

    public static Task<HttpResponseMessage> CallAsync(this HttpClient client, HttpMethod method, string path, string? origin = null, string? requestMethod = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (requestMethod is not null)
        {
            request.Headers.Add("Access-Control-Request-Method", requestMethod);
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
        }

        return client.SendAsync(request);
    }
}
