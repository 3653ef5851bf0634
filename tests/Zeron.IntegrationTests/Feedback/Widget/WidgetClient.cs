using System.Net;
using System.Net.Sockets;
using System.Text;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>
/// Calls the widget API over a real socket from its own loopback address (127.x.y.z; Linux routes all of 127/8 to
/// lo). The per-address rate limit lives in the one Redis all test classes share, so each client counts on its own.
/// </summary>
public static class WidgetClient
{
    public static HttpClient Create(ZeronAppFactory app, IPAddress? source = null)
    {
        var address = source ?? RandomLoopback();
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(address, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = app.BaseAddress };
    }

    public static IPAddress RandomLoopback() =>
        new([127, (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(1, 255)]);

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
