using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Integrations.Features.GetAiUsage;

/// <summary>Folds the database's cells into the report's rows for one grouping.</summary>
internal static class AiUsageReports
{
    public static AiUsageReport Build(GetAiUsageQuery query, IReadOnlyList<AiUsageCell> cells)
    {
        var rows = cells.GroupBy(c => KeyOf(c, query.GroupBy), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sum(g.Key, g), StringComparer.Ordinal);
        var items = query.GroupBy == AiUsageGrouping.Day
            ? EveryDay(query.From, query.To).Select(day => rows.GetValueOrDefault(day) ?? Empty(day)).ToList()
            : [.. rows.Values.OrderByDescending(r => r.CostUsd).ThenByDescending(r => r.Calls).ThenBy(r => r.Key, StringComparer.Ordinal)];
        return new AiUsageReport(query.From, query.To, AiUsageGroupings.Name(query.GroupBy), items, items.Sum(i => i.CostUsd));
    }

    private static string KeyOf(AiUsageCell cell, AiUsageGrouping grouping) => grouping switch
    {
        AiUsageGrouping.Feature => cell.Feature.ToLowerInvariant(),
        AiUsageGrouping.Model => $"{cell.Provider}/{cell.Model}",
        _ => Day(cell.Day),
    };

    private static IEnumerable<string> EveryDay(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return Day(day);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static AiUsageRow Empty(string key) => new(key, 0, 0, 0, 0, 0, 0, 0m, 0, 0);

    private static AiUsageRow Sum(string key, IEnumerable<AiUsageCell> cells) =>
        cells.Aggregate(Empty(key), (row, c) => row with
        {
            Calls = row.Calls + c.Calls,
            InputTokens = row.InputTokens + c.InputTokens,
            CacheWrite5mTokens = row.CacheWrite5mTokens + c.CacheWrite5mTokens,
            CacheWrite1hTokens = row.CacheWrite1hTokens + c.CacheWrite1hTokens,
            CacheReadTokens = row.CacheReadTokens + c.CacheReadTokens,
            OutputTokens = row.OutputTokens + c.OutputTokens,
            CostUsd = row.CostUsd + c.CostUsd,
            Fallbacks = row.Fallbacks + c.Fallbacks,
            Failures = row.Failures + c.Failures,
        });
}
