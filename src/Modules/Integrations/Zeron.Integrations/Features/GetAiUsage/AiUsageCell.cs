namespace Zeron.Integrations.Features.GetAiUsage;

/// <summary>The settled calls of one UTC day, feature, provider and model, summed by the database.</summary>
internal sealed record AiUsageCell(
    DateOnly Day,
    string Feature,
    string Provider,
    string Model,
    long Calls,
    long InputTokens,
    long CacheWrite5mTokens,
    long CacheWrite1hTokens,
    long CacheReadTokens,
    long OutputTokens,
    decimal CostUsd,
    long Fallbacks,
    long Failures);
