using Anthropic.Models.Messages;
using Microsoft.Extensions.AI;
using Zeron.Integrations.Llm.Domain;
using Zeron.Integrations.Llm.Providers;

namespace Zeron.Integrations.Llm.Ledger;

/// <summary>
/// A call's tokens as disjoint counts (what each is priced at): uncached input, cache writes (5 m, 1 h), cache reads, output.
/// </summary>
internal sealed record TokenUsage(long Input, long CacheWrite5m, long CacheWrite1h, long CacheRead, long Output)
{
    public static readonly TokenUsage None = new(0, 0, 0, 0, 0);

    /// <summary>USD at <paramref name="price"/> (per million tokens), exact in decimal.</summary>
    public decimal Cost(LlmPrice price) =>
        (Input * price.InputPerMillion + CacheWrite5m * price.CacheWrite5mPerMillion + CacheWrite1h * price.CacheWrite1hPerMillion
         + CacheRead * price.CacheReadPerMillion + Output * price.OutputPerMillion) / 1_000_000m;

    /// <summary>
    /// From M.E.AI's usage, which for both SDKs counts every input token in <c>InputTokenCount</c> (Anthropic's adapter
    /// adds its cache reads and writes to <c>input_tokens</c>; OpenAI's <c>prompt_tokens</c> already includes
    /// <c>cached_tokens</c>) and cache reads in <c>CachedInputTokenCount</c>; Anthropic's writes are in
    /// <c>AdditionalCounts["CacheCreationInputTokens"]</c>, split into 5 m and 1 h from the SDK's raw usage
    /// (<paramref name="raw"/>: a stream's raw events). A stream that broke has no M.E.AI usage: Anthropic's
    /// <c>message_start</c> still says what the input cost.
    /// </summary>
    public static TokenUsage From(string provider, ChatResponse response, IEnumerable<object?>? raw = null)
    {
        var anthropic = provider == LlmProviderCatalog.Anthropic ? AnthropicUsage(response, raw) : null;
        var usage = response.Usage;
        if (usage is null)
        {
            return anthropic is null ? None : FromAnthropic(anthropic);
        }

        var read = usage.CachedInputTokenCount ?? 0;
        var writes = anthropic is not null && usage.AdditionalCounts?.TryGetValue("CacheCreationInputTokens", out var w) == true ? w : 0;
        var oneHour = Math.Min(writes, anthropic?.CacheCreation?.Ephemeral1hInputTokens ?? 0);
        var input = Math.Max(0, (usage.InputTokenCount ?? 0) - read - writes);
        return new TokenUsage(input, writes - oneHour, oneHour, read, usage.OutputTokenCount ?? 0);
    }

    private static TokenUsage FromAnthropic(Usage usage)
    {
        var oneHour = usage.CacheCreation?.Ephemeral1hInputTokens ?? 0;
        var writes = usage.CacheCreationInputTokens ?? oneHour + (usage.CacheCreation?.Ephemeral5mInputTokens ?? 0);
        return new TokenUsage(usage.InputTokens, writes - oneHour, oneHour, usage.CacheReadInputTokens ?? 0, usage.OutputTokens);
    }

    /// <summary>The raw usage of a whole message, or of a stream's <c>message_start</c>.</summary>
    private static Usage? AnthropicUsage(ChatResponse response, IEnumerable<object?>? raw)
    {
        if (response.RawRepresentation is Message message)
        {
            return message.Usage;
        }

        foreach (var e in raw ?? [])
        {
            if (e is RawMessageStreamEvent streamed && streamed.TryPickStart(out var start))
            {
                return start.Message.Usage;
            }
        }

        return null;
    }
}
