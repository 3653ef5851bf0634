using AwesomeAssertions;
using Microsoft.Extensions.AI;
using Xunit;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm.Prompts;

namespace Zeron.UnitTests.Integrations.Llm;

public sealed class PromptBuilderTests
{
    private readonly PromptBuilder _builder = new(new PromptTokens());

    [Theory]
    [InlineData("claude-haiku-4-5", 4096)]
    [InlineData("claude-haiku-4-5-20251001", 4096)]
    [InlineData("claude-opus-4-5", 4096)]
    [InlineData("claude-sonnet-4-5", 1024)]
    [InlineData("claude-sonnet-4-6", 2048)]
    [InlineData("claude-opus-4-1", 1024)]
    [InlineData("claude-3-5-haiku-latest", 2048)]
    [InlineData("some-future-model", 4096)]
    public void Minimum_cacheable_sizes_follow_anthropics_table(string model, int tokens) =>
        AnthropicCaching.MinimumCacheableTokens(model).Should().Be(tokens);

    [Fact]
    public void The_cache_breakpoint_depends_on_the_anthropic_model_and_none_without_anthropic()
    {
        var system = "policy" + string.Concat(Enumerable.Repeat(" item", 2000));
        var prompt = new LlmPrompt(Guid.NewGuid(), null, AiFeature.Triage, system, [new LlmMessage(LlmRole.User, "hi")]);

        Cached(_builder.Build(prompt, "claude-sonnet-4-5")).Should().BeTrue("about 2,000 tokens reach Sonnet 4.5's 1,024");
        Cached(_builder.Build(prompt, "claude-haiku-4-5")).Should().BeFalse("but not Haiku 4.5's 4,096");
        Cached(_builder.Build(prompt, anthropicModel: null)).Should().BeFalse();
    }

    [Fact]
    public void A_trimmed_history_never_starts_with_an_assistant_turn_and_the_estimate_counts_what_is_sent()
    {
        var words = string.Concat(Enumerable.Repeat(" word", 50));
        var prompt = new LlmPrompt(Guid.NewGuid(), null, AiFeature.Conversation, "Be brief.",
            [new LlmMessage(LlmRole.User, "q1" + words), new LlmMessage(LlmRole.Assistant, "a1" + words), new LlmMessage(LlmRole.User, "q2" + words)],
            HistoryTokenBudget: 110);

        var request = _builder.Build(prompt, "claude-haiku-4-5");

        // a1 + q2 fit the budget (~102), but the kept part must start with a user turn: only q2 remains.
        request.Messages.Select(m => m.Role).Should().Equal(ChatRole.System, ChatRole.User);
        request.Messages[1].Text.Should().StartWith("q2");
        var tokens = new PromptTokens();
        request.InputTokens.Should().Be(tokens.Count("Be brief.") + tokens.Count("q2" + words));
    }

    // The SDK keeps the breakpoint in the content's additional properties (nothing else sets any there).
    private static bool Cached(LlmRequest request) => request.Messages[0].Contents[0].AdditionalProperties is { Count: > 0 };
}
