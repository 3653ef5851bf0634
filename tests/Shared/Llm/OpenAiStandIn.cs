using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Zeron.Tests.Shared.Llm;

/// <summary>
/// A loopback OpenAI API: <c>POST /v1/chat/completions</c> (JSON, or SSE chunks with a last usage chunk when
/// <c>stream_options.include_usage</c> is set; <c>prompt_tokens</c> includes <c>prompt_tokens_details.cached_tokens</c>,
/// as the real API counts), <c>POST /v1/embeddings</c> (deterministic unit vectors, <c>dimensions</c> honoured) and
/// <c>GET /v1/models</c>. Authenticates <c>Authorization: Bearer </c><see cref="ApiKey"/>. Chat requests take the next
/// scripted <see cref="OpenAiReply"/> (a text answer when none is queued); embeddings are not scripted.
/// </summary>
public sealed class OpenAiStandIn : ScriptedStandIn<OpenAiReply>
{
    public const string ApiKey = "sk-openai-test-key";

    private OpenAiStandIn()
    {
    }

    public static async Task<OpenAiStandIn> StartAsync()
    {
        var standIn = new OpenAiStandIn();
        await standIn.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                if (context.Request.Headers.Authorization != $"Bearer {ApiKey}")
                {
                    await ErrorAsync(context, new OpenAiReply.Failure(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.", null));
                    return;
                }

                await next(context);
            });
            app.MapPost("/v1/chat/completions", standIn.ChatAsync);
            app.MapPost("/v1/embeddings", EmbeddingsAsync);
            app.MapGet("/v1/models", () => Results.Json(new
            {
                @object = "list",
                data = new[] { "gpt-5-mini", "gpt-5", "text-embedding-3-small" }.Select(id => new { id, @object = "model", created = 1_700_000_000, owned_by = "openai" }),
            }));
        });
        return standIn;
    }

    /// <summary>The vector the stand-in returns for <paramref name="text"/>: unit length, the same every time.</summary>
    public static float[] VectorFor(string text, int dimensions)
    {
        var vector = new float[dimensions];
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var random = new Random(BitConverter.ToInt32(seed, 0));
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(random.NextDouble() * 2 - 1);
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => v / norm).ToArray();
    }

    private async Task ChatAsync(HttpContext context)
    {
        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = request.RootElement;
        var model = root.GetProperty("model").GetString()!;
        var stream = root.TryGetProperty("stream", out var s) && s.GetBoolean();
        var includeUsage = root.TryGetProperty("stream_options", out var o) && o.TryGetProperty("include_usage", out var u) && u.GetBoolean();
        switch (Next(context, OpenAiReply.Text("Hello from the OpenAI stand-in.")))
        {
            case OpenAiReply.Failure failure:
                await ErrorAsync(context, failure);
                break;
            case OpenAiReply.Hanging:
                await HangAsync(context);
                break;
            case OpenAiReply.Answer answer when stream:
                await StreamAsync(context, model, answer, includeUsage);
                break;
            case OpenAiReply.Answer answer:
                var completion = Envelope("chat.completion", model);
                completion["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer.Content, ["refusal"] = null },
                    ["finish_reason"] = "stop",
                });
                completion["usage"] = Usage(answer.Usage);
                await context.Response.WriteAsJsonAsync(completion, context.RequestAborted);
                break;
        }
    }

    private static async Task StreamAsync(HttpContext context, string model, OpenAiReply.Answer answer, bool includeUsage)
    {
        var id = $"chatcmpl-{Guid.NewGuid():N}";
        JsonObject Chunk(JsonObject delta, string? finish)
        {
            var chunk = Envelope("chat.completion.chunk", model, id);
            chunk["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish });
            return chunk;
        }

        await SseAsync(context, null, Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null).ToJsonString());
        await SseAsync(context, null, Chunk(new JsonObject { ["content"] = answer.Content }, null).ToJsonString());
        if (answer.BreakAfterText)
        {
            context.Abort();
            return;
        }

        await SseAsync(context, null, Chunk(new JsonObject(), "stop").ToJsonString());
        if (includeUsage)
        {
            var last = Envelope("chat.completion.chunk", model, id);
            last["choices"] = new JsonArray();
            last["usage"] = Usage(answer.Usage);
            await SseAsync(context, null, last.ToJsonString());
        }

        await SseAsync(context, null, "[DONE]");
    }

    private static async Task EmbeddingsAsync(HttpContext context)
    {
        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = request.RootElement;
        var input = root.GetProperty("input");
        var texts = input.ValueKind == JsonValueKind.Array ? input.EnumerateArray().Select(e => e.GetString()!).ToList() : [input.GetString()!];
        var dimensions = root.TryGetProperty("dimensions", out var d) ? d.GetInt32() : 1536;
        var tokens = texts.Sum(t => Math.Max(1, t.Length / 4));
        await context.Response.WriteAsJsonAsync(new
        {
            @object = "list",
            data = texts.Select((t, i) => new { @object = "embedding", index = i, embedding = VectorFor(t, dimensions) }),
            model = root.GetProperty("model").GetString(),
            usage = new { prompt_tokens = tokens, total_tokens = tokens },
        }, context.RequestAborted);
    }

    private static JsonObject Envelope(string kind, string model, string? id = null) => new()
    {
        ["id"] = id ?? $"chatcmpl-{Guid.NewGuid():N}",
        ["object"] = kind,
        ["created"] = 1_764_547_200,
        ["model"] = model,
        ["system_fingerprint"] = "fp_standin",
    };

    private static JsonObject Usage(OpenAiUsage usage) => new()
    {
        ["prompt_tokens"] = usage.Prompt,
        ["completion_tokens"] = usage.Completion,
        ["total_tokens"] = usage.Prompt + usage.Completion,
        ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = usage.Cached, ["audio_tokens"] = 0 },
        ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 0, ["audio_tokens"] = 0 },
    };

    private static async Task ErrorAsync(HttpContext context, OpenAiReply.Failure failure)
    {
        context.Response.StatusCode = failure.Status;
        if (failure.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var error = new JsonObject { ["message"] = failure.Message, ["type"] = failure.Type, ["param"] = null, ["code"] = failure.Code };
        await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = error }, context.RequestAborted);
    }
}

/// <summary>OpenAI's usage: <paramref name="Prompt"/> includes the <paramref name="Cached"/> tokens, as the real API reports it.</summary>
public sealed record OpenAiUsage(long Prompt, long Completion, long Cached = 0);

/// <summary>What <see cref="OpenAiStandIn"/> answers to one chat request.</summary>
public abstract record OpenAiReply
{
    public static OpenAiReply Text(string text, OpenAiUsage? usage = null) => new Answer(text, usage ?? new OpenAiUsage(20, 9), BreakAfterText: false);

    /// <summary>Streams <paramref name="firstWords"/>, then drops the connection.</summary>
    public static OpenAiReply BreaksAfter(string firstWords) => new Answer(firstWords, new OpenAiUsage(20, 9), BreakAfterText: true);

    public static OpenAiReply RateLimited(int retryAfterSeconds) => new Failure(429, "requests", "rate_limit_exceeded", "Rate limit reached.", retryAfterSeconds);

    public static OpenAiReply ServerError(int status = 500) => new Failure(status, "server_error", null, "The server had an error while processing your request.", null);

    public static OpenAiReply Hang() => new Hanging();

    public sealed record Answer(string Content, OpenAiUsage Usage, bool BreakAfterText) : OpenAiReply;

    public sealed record Failure(int Status, string Type, string? Code, string Message, int? RetryAfterSeconds) : OpenAiReply;

    public sealed record Hanging : OpenAiReply;
}
