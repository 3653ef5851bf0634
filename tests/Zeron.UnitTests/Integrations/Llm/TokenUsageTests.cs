using AwesomeAssertions;
using Microsoft.Extensions.AI;
using Xunit;
using Zeron.Integrations.Llm.Domain;
using Zeron.Integrations.Llm.Ledger;

namespace Zeron.UnitTests.Integrations.Llm;

public sealed class TokenUsageTests
{
    private static readonly LlmPrice Sonnet = new()
    {
        Provider = "anthropic",
        Model = "claude-sonnet-4-5",
        InputPerMillion = 3m,
        OutputPerMillion = 15m,
        CacheWrite5mPerMillion = 3.75m,
        CacheWrite1hPerMillion = 6m,
        CacheReadPerMillion = 0.3m,
    };

    [Fact]
    public void Cost_is_each_disjoint_count_at_its_own_price_in_exact_decimals()
    {
        // 7×3 + 11×3.75 + 13×6 + 17×0.3 + 19×15 = 21 + 41.25 + 78 + 5.1 + 285 = 430.35 millionths.
        new TokenUsage(7, 11, 13, 17, 19).Cost(Sonnet).Should().Be(0.00043035m);
    }

    [Fact]
    public void Openai_cached_tokens_are_moved_out_of_the_prompt_count()
    {
        var response = new ChatResponse { Usage = new UsageDetails { InputTokenCount = 1000, CachedInputTokenCount = 600, OutputTokenCount = 50 } };

        TokenUsage.From("openai", response).Should().Be(new TokenUsage(400, 0, 0, 600, 50));
    }

    [Fact]
    public void Anthropic_cache_reads_and_writes_are_taken_out_of_the_adapters_input_count()
    {
        var usage = new UsageDetails { InputTokenCount = 60, CachedInputTokenCount = 20, OutputTokenCount = 5, AdditionalCounts = new() { ["CacheCreationInputTokens"] = 30 } };

        // Without the raw usage there is no 1-hour split: the writes are 5-minute ones (the router's only TTL).
        TokenUsage.From("anthropic", new ChatResponse { Usage = usage }).Should().Be(new TokenUsage(10, 30, 0, 20, 5));
    }

    [Fact]
    public void No_usage_is_no_tokens()
    {
        TokenUsage.From("openai", new ChatResponse()).Should().Be(TokenUsage.None);
    }
}
