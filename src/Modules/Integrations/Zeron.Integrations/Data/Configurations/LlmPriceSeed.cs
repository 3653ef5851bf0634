using Zeron.Integrations.Llm.Domain;

namespace Zeron.Integrations.Data.Configurations;

/// <summary>
/// The list prices (USD per million tokens) the first rows start from, as published by Anthropic and OpenAI;
/// system administrators add dated rows when they change. Fixed ids, so the seed migrates once.
/// </summary>
internal static class LlmPriceSeed
{
    private static readonly DateOnly From = new(2025, 11, 1);

    private static readonly DateTimeOffset Seeded = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly LlmPrice[] Rows =
    [
        Anthropic("0199d0c0-0000-7000-8000-000000000001", "claude-sonnet-4-5", 3m),
        Anthropic("0199d0c0-0000-7000-8000-000000000002", "claude-haiku-4-5", 1m),
        Anthropic("0199d0c0-0000-7000-8000-000000000003", "claude-opus-4-5", 5m),
        OpenAi("0199d0c0-0000-7000-8000-000000000011", "gpt-5", 1.25m, 10m, 0.125m),
        OpenAi("0199d0c0-0000-7000-8000-000000000012", "gpt-5-mini", 0.25m, 2m, 0.025m),
        OpenAi("0199d0c0-0000-7000-8000-000000000013", "gpt-4.1-mini", 0.40m, 1.60m, 0.10m),
        OpenAi("0199d0c0-0000-7000-8000-000000000014", "text-embedding-3-small", 0.02m, 0m, 0m),
    ];

    /// <summary>Anthropic's rule: output 5 × input, cache writes 1.25 × (5 m) and 2 × (1 h), reads 0.1 ×.</summary>
    private static LlmPrice Anthropic(string id, string model, decimal input) => new()
    {
        Id = Guid.Parse(id),
        Provider = "anthropic",
        Model = model,
        EffectiveFrom = From,
        InputPerMillion = input,
        OutputPerMillion = input * 5,
        CacheWrite5mPerMillion = input * 1.25m,
        CacheWrite1hPerMillion = input * 2,
        CacheReadPerMillion = input / 10,
        UpdatedAt = Seeded,
    };

    private static LlmPrice OpenAi(string id, string model, decimal input, decimal output, decimal cachedInput) => new()
    {
        Id = Guid.Parse(id),
        Provider = "openai",
        Model = model,
        EffectiveFrom = From,
        InputPerMillion = input,
        OutputPerMillion = output,
        CacheReadPerMillion = cachedInput,
        UpdatedAt = Seeded,
    };
}
