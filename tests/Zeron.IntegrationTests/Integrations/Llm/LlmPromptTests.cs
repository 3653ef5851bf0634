using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Tests.Shared.Llm;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>What the router puts on the wire: the cache breakpoint, the trimmed history, structured output.</summary>
public sealed class LlmPromptTests(LlmAppFactory app) : IClassFixture<LlmAppFactory>
{
    // "policy" and each " item" are single o200k tokens: about 5,000 tokens, above claude-haiku-4-5's minimum of 4,096.
    private static readonly string LongSystem = "policy" + string.Concat(Enumerable.Repeat(" item", 5000));

    [Fact]
    public async Task The_system_prompt_gets_an_ephemeral_cache_breakpoint_above_the_models_minimum_and_keeps_its_bytes()
    {
        await app.SendAsync(new AskLlm(LlmPrompts.Simple(Guid.NewGuid(), system: LongSystem)));

        var system = app.Claude.Requests[^1].Json.GetProperty("system");
        system.GetArrayLength().Should().Be(1);
        system[0].GetProperty("text").GetString().Should().Be(LongSystem);
        system[0].GetProperty("cache_control").GetProperty("type").GetString().Should().Be("ephemeral");
    }

    [Fact]
    public async Task A_short_system_prompt_gets_no_cache_breakpoint()
    {
        // About 1,500 tokens: enough for Sonnet 4.5's 1,024 but below Haiku 4.5's 4,096.
        var medium = "policy" + string.Concat(Enumerable.Repeat(" item", 1500));

        await app.SendAsync(new AskLlm(LlmPrompts.Simple(Guid.NewGuid(), system: medium)));

        var system = app.Claude.Requests[^1].Json.GetProperty("system");
        system[0].GetProperty("text").GetString().Should().Be(medium);
        system[0].TryGetProperty("cache_control", out _).Should().BeFalse();
    }

    [Fact]
    public async Task History_is_trimmed_oldest_first_to_its_token_budget_keeping_the_newest_message()
    {
        var words = string.Concat(Enumerable.Repeat(" word", 100));
        var history = new List<LlmMessage>();
        for (var i = 0; i < 10; i++)
        {
            history.Add(new LlmMessage(LlmRole.User, $"question {i}{words}"));
            history.Add(new LlmMessage(LlmRole.Assistant, $"answer {i}{words}"));
        }

        history.Add(new LlmMessage(LlmRole.User, "last question" + string.Concat(Enumerable.Repeat(words, 5))));
        var prompt = new LlmPrompt(Guid.NewGuid(), null, AiFeature.Conversation, "Be brief.", history, MaxOutputTokens: 100, HistoryTokenBudget: 850);

        await app.SendAsync(new AskLlm(prompt));

        var sent = app.Claude.Requests[^1].Json.GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("content")[0].GetProperty("text").GetString()!.Split(' ')[0..2])
            .Select(w => string.Join(' ', w))
            .ToList();
        // The newest (~502 tokens) fits, with the turns before it (~102 each) while the total stays within 850; the
        // kept part starts with a user turn.
        sent.Should().Equal("question 9", "answer 9", "last question");
    }

    [Fact]
    public async Task The_newest_message_is_kept_even_above_the_budget()
    {
        var huge = "alone" + string.Concat(Enumerable.Repeat(" word", 3000));
        var prompt = new LlmPrompt(Guid.NewGuid(), null, AiFeature.Conversation, "Be brief.",
            [new LlmMessage(LlmRole.User, "old"), new LlmMessage(LlmRole.Assistant, "older answer"), new LlmMessage(LlmRole.User, huge)],
            HistoryTokenBudget: 100);

        await app.SendAsync(new AskLlm(prompt));

        var messages = app.Claude.Requests[^1].Json.GetProperty("messages");
        messages.GetArrayLength().Should().Be(1);
        messages[0].GetProperty("content")[0].GetProperty("text").GetString().Should().Be(huge);
    }

    [Fact]
    public async Task A_json_schema_asks_anthropic_for_structured_output_and_the_answer_is_the_json()
    {
        const string schema = """{"type":"object","properties":{"title":{"type":"string"}},"required":["title"],"additionalProperties":false}""";
        app.Claude.Enqueue(AnthropicReply.Text("""{"title":"Export is slow"}"""));
        var prompt = LlmPrompts.Simple(Guid.NewGuid()) with { JsonSchema = schema };

        var answer = await app.SendAsync(new AskLlm(prompt));

        answer.Value.Text.Should().Be("""{"title":"Export is slow"}""");
        var format = app.Claude.Requests[^1].Json.GetProperty("output_config").GetProperty("format");
        format.GetProperty("type").GetString().Should().Be("json_schema");
        format.GetProperty("schema").GetProperty("required")[0].GetString().Should().Be("title");
    }

    [Fact]
    public async Task A_json_schema_asks_openai_for_a_json_schema_response_format()
    {
        const string schema = """{"type":"object","properties":{"title":{"type":"string"}},"required":["title"],"additionalProperties":false}""";
        app.Claude.Enqueue(AnthropicReply.ServerError());
        var prompt = LlmPrompts.Simple(Guid.NewGuid()) with { JsonSchema = schema };

        await app.SendAsync(new AskLlm(prompt));

        var format = app.OpenAi.RequestsTo("/v1/chat/completions")[^1].Json.GetProperty("response_format");
        format.GetProperty("type").GetString().Should().Be("json_schema");
        format.GetProperty("json_schema").GetProperty("schema").GetProperty("type").GetString().Should().Be("object");
    }
}
