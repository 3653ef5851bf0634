using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Zeron.Tests.Shared.Llm;

/// <summary>
/// A loopback Anthropic Messages API (<c>POST /v1/messages</c>), JSON or SSE as the request asks, shaped like the
/// vendor's documentation (samples in <c>Fixtures/</c>). It authenticates as the real API does (<c>x-api-key</c>,
/// and an <c>anthropic-version</c> header) and answers each request with the next scripted
/// <see cref="AnthropicReply"/> (a text answer when none is queued).
/// <code>
/// await using var claude = await AnthropicStandIn.StartAsync();
/// claude.Enqueue(AnthropicReply.Overloaded(), AnthropicReply.Text("Hi", new AnthropicUsage(10, 2)));
/// // settings: Zeron:Llm:Anthropic:BaseUrl = claude.BaseUrl, Zeron:Llm:Anthropic:ApiKey = AnthropicStandIn.ApiKey
/// claude.RequestsTo("/v1/messages")[0].Json.GetProperty("system")…
/// </code>
/// </summary>
public sealed class AnthropicStandIn : ScriptedStandIn<AnthropicReply>
{
    public const string ApiKey = "sk-ant-test-key";

    private AnthropicStandIn()
    {
    }

    public static async Task<AnthropicStandIn> StartAsync()
    {
        var standIn = new AnthropicStandIn();
        await standIn.StartAsync(app => app.MapPost("/v1/messages", standIn.MessagesAsync));
        return standIn;
    }

    private async Task MessagesAsync(HttpContext context)
    {
        if (context.Request.Headers["x-api-key"] != ApiKey || string.IsNullOrEmpty(context.Request.Headers["anthropic-version"]))
        {
            await ErrorAsync(context, 401, "authentication_error", "invalid x-api-key", retryAfter: null);
            return;
        }

        using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var model = request.RootElement.GetProperty("model").GetString()!;
        var stream = request.RootElement.TryGetProperty("stream", out var s) && s.GetBoolean();
        var reply = Next(context, AnthropicReply.Text("Hello from the Anthropic stand-in."));
        switch (reply)
        {
            case AnthropicReply.Failure failure:
                await ErrorAsync(context, failure.Status, failure.Type, failure.Message, failure.RetryAfterSeconds);
                break;
            case AnthropicReply.Hanging:
                await HangAsync(context);
                break;
            case AnthropicReply.Answer answer when stream:
                await StreamAsync(context, model, answer);
                break;
            case AnthropicReply.Answer answer:
                await context.Response.WriteAsJsonAsync(Message(model, answer, answer.Usage.Output), context.RequestAborted);
                break;
        }
    }

    private static async Task StreamAsync(HttpContext context, string model, AnthropicReply.Answer answer)
    {
        var message = Message(model, answer with { Blocks = [] }, outputTokens: 1);
        message["stop_reason"] = null;
        await SseAsync(context, "message_start", new JsonObject { ["type"] = "message_start", ["message"] = message }.ToJsonString());
        for (var index = 0; index < answer.Blocks.Count; index++)
        {
            var block = answer.Blocks[index];
            var start = block.ToolName is null
                ? new JsonObject { ["type"] = "text", ["text"] = "" }
                : new JsonObject { ["type"] = "tool_use", ["id"] = $"toolu_{index:D2}", ["name"] = block.ToolName, ["input"] = new JsonObject() };
            await SseAsync(context, "content_block_start", new JsonObject { ["type"] = "content_block_start", ["index"] = index, ["content_block"] = start }.ToJsonString());
            var delta = block.ToolName is null
                ? new JsonObject { ["type"] = "text_delta", ["text"] = block.Text }
                : new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = block.Text };
            await SseAsync(context, "content_block_delta", new JsonObject { ["type"] = "content_block_delta", ["index"] = index, ["delta"] = delta }.ToJsonString());
            if (answer.BreakAfterFirstBlock)
            {
                var error = new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = "overloaded_error", ["message"] = "Overloaded" } };
                await SseAsync(context, "error", error.ToJsonString());
                return;
            }

            await SseAsync(context, "content_block_stop", new JsonObject { ["type"] = "content_block_stop", ["index"] = index }.ToJsonString());
        }

        var end = new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = StopReason(answer), ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = answer.Usage.Output },
        };
        await SseAsync(context, "message_delta", end.ToJsonString());
        await SseAsync(context, "message_stop", """{"type":"message_stop"}""");
    }

    private static JsonObject Message(string model, AnthropicReply.Answer answer, long outputTokens)
    {
        var content = new JsonArray();
        for (var index = 0; index < answer.Blocks.Count; index++)
        {
            var block = answer.Blocks[index];
            content.Add(block.ToolName is null
                ? new JsonObject { ["type"] = "text", ["text"] = block.Text }
                : new JsonObject { ["type"] = "tool_use", ["id"] = $"toolu_{index:D2}", ["name"] = block.ToolName, ["input"] = JsonNode.Parse(block.Text) });
        }

        var usage = answer.Usage;
        return new JsonObject
        {
            ["id"] = $"msg_{Guid.NewGuid():N}",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = model,
            ["content"] = content,
            ["stop_reason"] = StopReason(answer),
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject
            {
                ["input_tokens"] = usage.Input,
                ["cache_creation_input_tokens"] = usage.CacheWrite5m + usage.CacheWrite1h,
                ["cache_read_input_tokens"] = usage.CacheRead,
                ["cache_creation"] = new JsonObject
                {
                    ["ephemeral_5m_input_tokens"] = usage.CacheWrite5m,
                    ["ephemeral_1h_input_tokens"] = usage.CacheWrite1h,
                },
                ["output_tokens"] = outputTokens,
                ["service_tier"] = "standard",
            },
        };
    }

    private static string StopReason(AnthropicReply.Answer answer) => answer.Blocks.Any(b => b.ToolName is not null) ? "tool_use" : "end_turn";

    private static async Task ErrorAsync(HttpContext context, int status, string type, string message, int? retryAfter)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["request-id"] = $"req_{Guid.NewGuid():N}";
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = type, ["message"] = message } };
        await context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }
}

/// <summary>Anthropic's usage: <paramref name="Input"/> is uncached input only, as the real API reports it.</summary>
public sealed record AnthropicUsage(long Input, long Output, long CacheRead = 0, long CacheWrite5m = 0, long CacheWrite1h = 0);

/// <summary>What <see cref="AnthropicStandIn"/> answers to one request.</summary>
public abstract record AnthropicReply
{
    /// <summary>A text answer (JSON or streamed in one delta).</summary>
    public static AnthropicReply Text(string text, AnthropicUsage? usage = null) =>
        new Answer([new Block(text, null)], usage ?? new AnthropicUsage(12, 8), BreakAfterFirstBlock: false);

    /// <summary>A <c>tool_use</c> block (<paramref name="inputJson"/> is its input object).</summary>
    public static AnthropicReply ToolUse(string name, string inputJson, AnthropicUsage? usage = null) =>
        new Answer([new Block(inputJson, name)], usage ?? new AnthropicUsage(12, 8), BreakAfterFirstBlock: false);

    /// <summary>Streams <paramref name="firstWords"/>, then an SSE <c>error</c> event (overloaded) instead of the rest.</summary>
    public static AnthropicReply BreaksAfter(string firstWords, AnthropicUsage? usage = null) =>
        new Answer([new Block(firstWords, null)], usage ?? new AnthropicUsage(12, 8), BreakAfterFirstBlock: true);

    /// <summary>529 <c>overloaded_error</c>.</summary>
    public static AnthropicReply Overloaded(int? retryAfterSeconds = null) => new Failure(529, "overloaded_error", "Overloaded", retryAfterSeconds);

    /// <summary>429 <c>rate_limit_error</c> with <c>retry-after</c>.</summary>
    public static AnthropicReply RateLimited(int retryAfterSeconds) => new Failure(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", retryAfterSeconds);

    /// <summary>500 <c>api_error</c>.</summary>
    public static AnthropicReply ServerError() => new Failure(500, "api_error", "Internal server error", null);

    /// <summary>400 <c>invalid_request_error</c>.</summary>
    public static AnthropicReply InvalidRequest(string message = "messages: field required") => new Failure(400, "invalid_request_error", message, null);

    /// <summary>Never answers (the caller's timeout ends it).</summary>
    public static AnthropicReply Hang() => new Hanging();

    public sealed record Block(string Text, string? ToolName);

    public sealed record Answer(IReadOnlyList<Block> Blocks, AnthropicUsage Usage, bool BreakAfterFirstBlock) : AnthropicReply;

    public sealed record Failure(int Status, string Type, string Message, int? RetryAfterSeconds) : AnthropicReply;

    public sealed record Hanging : AnthropicReply;
}
