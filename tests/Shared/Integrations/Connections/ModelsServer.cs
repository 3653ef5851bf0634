using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Zeron.Tests.Shared;

/// <summary>
/// A loopback stand-in for the providers' <c>GET /v1/models</c> (also as <c>/gateway/openai/v1/models</c>, behind a gateway):
/// Anthropic's shape (<c>x-api-key</c> + <c>anthropic-version</c>, <c>{"data":[{"type":"model","id"…}],"has_more"…}</c>)
/// and OpenAI's (<c>Authorization: Bearer</c>, <c>{"object":"list","data":[{"id","object":"model"…}]}</c>), answering
/// 401 with the vendor's error body to any other key. Every request is recorded.
/// </summary>
public sealed class ModelsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ModelsServer(WebApplication app, string origin) => (_app, Origin) = (app, origin);

    public string Origin { get; }

    public ConcurrentQueue<(string Path, string Query, IHeaderDictionary Headers)> Requests { get; } = new();

    public static async Task<ModelsServer> StartAsync(string key, params string[] models)
    {
        ModelsServer? server = null;
        var (app, origin) = await LoopbackServer.StartAsync(app => app.Run(async context =>
        {
            var request = context.Request;
            server!.Requests.Enqueue((request.Path.Value!, request.QueryString.Value ?? "", new HeaderDictionary(request.Headers.ToDictionary())));
            if (request.Path.Value is not ("/v1/models" or "/gateway/openai/v1/models"))
            {
                context.Response.StatusCode = 404;
                return;
            }

            var anthropic = request.Headers.ContainsKey("anthropic-version");
            var given = anthropic ? request.Headers["x-api-key"].ToString() : request.Headers.Authorization.ToString().Replace("Bearer ", "", StringComparison.Ordinal);
            if (given != key)
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsJsonAsync(anthropic
                    ? new { type = "error", error = new { type = "authentication_error", message = "invalid x-api-key" } }
                    : (object)new { error = new { message = $"Incorrect API key provided: {given}.", type = "invalid_request_error", code = "invalid_api_key" } });
                return;
            }

            await context.Response.WriteAsJsonAsync(anthropic
                ? new { data = models.Select(m => new { type = "model", id = m, display_name = m, created_at = "2025-10-01T00:00:00Z" }), has_more = false, first_id = models.FirstOrDefault(), last_id = models.LastOrDefault() }
                : (object)new { @object = "list", data = models.Select(m => new { id = m, @object = "model", created = 1727740800, owned_by = "openai" }) });
        }));
        server = new ModelsServer(app, origin);
        return server;
    }

    public ValueTask DisposeAsync() => new(LoopbackServer.StopAsync(_app));
}
