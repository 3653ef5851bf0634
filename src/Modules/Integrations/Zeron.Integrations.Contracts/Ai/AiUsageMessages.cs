using Mediator;

namespace Zeron.Integrations.Contracts.Ai;

/// <summary>How usage rows are summed: one row per UTC day, per feature (<c>conversation</c>…) or per <c>provider/model</c>.</summary>
public enum AiUsageGrouping
{
    Day,
    Feature,
    Model,
}

/// <summary>
/// The organization's settled model calls from <paramref name="From"/> to <paramref name="To"/> (UTC days, both
/// included), summed per <paramref name="GroupBy"/>. Calls still reserved (in flight) are not counted: their cost is
/// not known yet (they count in <see cref="AiStatusDto.SpentUsd"/>, which holds their reservation).
/// </summary>
public sealed record GetAiUsageQuery(Guid OrganizationId, DateOnly From, DateOnly To, AiUsageGrouping GroupBy) : IQuery<AiUsageReport>;

/// <param name="GroupBy"><c>day</c>, <c>feature</c> or <c>model</c>.</param>
/// <param name="Items">By day: every day of the span, in order, zeros included. Otherwise: what was used, the costliest first.</param>
public sealed record AiUsageReport(DateOnly From, DateOnly To, string GroupBy, IReadOnlyList<AiUsageRow> Items, decimal TotalUsd);

/// <summary>
/// One group's sums. Token counts are disjoint: <see cref="InputTokens"/> is uncached input only.
/// <see cref="Failures"/> are calls no provider answered (their cost is what was billed, usually 0);
/// <see cref="Fallbacks"/> are calls a provider after the first answered.
/// </summary>
public sealed record AiUsageRow(
    string Key,
    long Calls,
    long InputTokens,
    long CacheWrite5mTokens,
    long CacheWrite1hTokens,
    long CacheReadTokens,
    long OutputTokens,
    decimal CostUsd,
    long Fallbacks,
    long Failures);
