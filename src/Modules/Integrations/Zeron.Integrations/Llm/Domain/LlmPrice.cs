namespace Zeron.Integrations.Llm.Domain;

/// <summary>
/// What a model costs, in USD per million tokens, from <see cref="EffectiveFrom"/> (UTC day) until a later row of the
/// same provider and model. Dated rows, not constants: prices change, and old calls keep the price they were made at.
/// Seeded for the current models; system administrators edit them.
/// </summary>
internal sealed class LlmPrice
{
    public Guid Id { get; init; }

    /// <summary><c>anthropic</c> or <c>openai</c>.</summary>
    public required string Provider { get; init; }

    public required string Model { get; init; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal InputPerMillion { get; set; }

    public decimal OutputPerMillion { get; set; }

    /// <summary>Anthropic: 1.25 × input for 5-minute cache writes. OpenAI has no write price (0).</summary>
    public decimal CacheWrite5mPerMillion { get; set; }

    /// <summary>Anthropic: 2 × input for 1-hour cache writes.</summary>
    public decimal CacheWrite1hPerMillion { get; set; }

    /// <summary>Anthropic: 0.1 × input; OpenAI: its cached-input price.</summary>
    public decimal CacheReadPerMillion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
