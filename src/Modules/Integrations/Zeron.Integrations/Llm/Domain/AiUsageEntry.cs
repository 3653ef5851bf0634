namespace Zeron.Integrations.Llm.Domain;

/// <summary>
/// One row per model call (the usage ledger), written as <see cref="AiCallOutcome.Reserved"/> before the call with
/// the budget it holds, and settled after it with the tokens the provider reported and their USD cost.
/// Token counts are disjoint: <see cref="InputTokens"/> is uncached input only (OpenAI's cached tokens, which it counts
/// inside <c>prompt_tokens</c>, are moved to <see cref="CacheReadTokens"/>).
/// </summary>
internal sealed class AiUsageEntry
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public Guid? ProjectId { get; init; }

    /// <summary><c>conversation</c>, <c>triage</c>, <c>agent</c>, <c>validator</c> or <c>embedding</c>.</summary>
    public required string Feature { get; init; }

    /// <summary>The provider that served the call (or was tried last).</summary>
    public string Provider { get; set; } = "";

    public string Model { get; set; } = "";

    public long InputTokens { get; set; }

    public long CacheWrite5mTokens { get; set; }

    public long CacheWrite1hTokens { get; set; }

    public long CacheReadTokens { get; set; }

    public long OutputTokens { get; set; }

    /// <summary>What the call held against the monthly budget until it was settled.</summary>
    public decimal ReservedUsd { get; set; }

    public decimal CostUsd { get; set; }

    public int LatencyMs { get; set; }

    public AiCallOutcome Outcome { get; set; } = AiCallOutcome.Reserved;

    /// <summary>True when a provider after the first served it.</summary>
    public bool Fallback { get; set; }

    /// <summary>A short reason for a failed call (a code and status, never a prompt or a key).</summary>
    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SettledAt { get; set; }
}

internal enum AiCallOutcome
{
    Reserved,
    Ok,
    Failed,
}
