using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Embeddings;

/// <summary>
/// OpenAI's <c>POST /v1/embeddings</c> on loopback, as the public API reference describes it: <c>{model, input[],
/// dimensions, encoding_format}</c> in, <c>{object:"list", data[{object:"embedding", index, embedding}], model, usage}</c>
/// out, the vectors as float arrays or base64 little-endian float32 as asked. Its vectors are deliberately not unit
/// length (3 × a one-hot plus noise), so a test sees the app normalise them. Set <see cref="FailWith"/> to answer an error.
/// </summary>
public sealed class OpenAiEmbeddingsStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OpenAiEmbeddingsStandIn(WebApplication app, string origin) => (_app, Origin) = (app, origin);

    public string Origin { get; }

    public ConcurrentQueue<JsonObject> Requests { get; } = new();

    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public int? FailWith { get; set; }

    public static async Task<OpenAiEmbeddingsStandIn> StartAsync()
    {
        OpenAiEmbeddingsStandIn? standIn = null;
        var (app, origin) = await LoopbackServer.StartAsync(a => a.MapPost("/v1/embeddings", (HttpRequest request) => standIn!.AnswerAsync(request)));
        standIn = new OpenAiEmbeddingsStandIn(app, origin);
        return standIn;
    }

    /// <summary>The vector the stand-in gives <paramref name="text"/>, before the app normalises it.</summary>
    public static float[] VectorOf(string text, int dimensions = 384)
    {
        var v = Enumerable.Repeat(0.01f, dimensions).ToArray();
        v[(text.Length * 31) % dimensions] = 3f;
        return v;
    }

    private async Task<IResult> AnswerAsync(HttpRequest request)
    {
        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Requests.Enqueue(body);
        Authorizations.Enqueue(request.Headers.Authorization.ToString());
        if (FailWith is { } status)
        {
            return Results.Json(new { error = new { message = "The server had an error while processing your request.", type = "server_error", param = (string?)null, code = (string?)null } }, statusCode: status);
        }

        var inputs = body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [body["input"]!.GetValue<string>()];
        var dimensions = body["dimensions"]?.GetValue<int>() ?? 1536;
        var base64 = body["encoding_format"]?.GetValue<string>() == "base64";
        var data = inputs.Select((text, index) => new JsonObject
        {
            ["object"] = "embedding",
            ["index"] = index,
            ["embedding"] = base64
                ? Convert.ToBase64String(VectorOf(text, dimensions).SelectMany(BitConverter.GetBytes).ToArray())
                : JsonSerializer.SerializeToNode(VectorOf(text, dimensions)),
        });
        var tokens = inputs.Sum(t => t.Split(' ').Length);
        return Results.Json(new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(data.ToArray<JsonNode>()),
            ["model"] = body["model"]!.GetValue<string>(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        });
    }

    public async ValueTask DisposeAsync() => await LoopbackServer.StopAsync(_app);
}
