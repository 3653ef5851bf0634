using System.Globalization;
using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Web.Pages.Admin.Ai;

/// <summary>One day's bar: SVG user units (the chart scales with its viewBox), and its tooltip/accessible text.</summary>
public sealed record UsageBar(string Day, string X, string Y, string Width, string Height, string Title);

/// <summary>
/// The by-day cost chart's geometry, computed here so the view only writes attributes (no inline styles under the
/// CSP). Bars are the day's cost, scaled to the costliest day; a day with a cost gets at least a sliver.
/// </summary>
public static class UsageChart
{
    public const int Width = 720;
    public const int Height = 180;
    public const int Top = 10;
    public const int Bottom = 160;

    public static IReadOnlyList<UsageBar> Bars(AiUsageReport byDay)
    {
        var max = byDay.Items.Count == 0 ? 0m : byDay.Items.Max(i => i.CostUsd);
        var slot = (double)Width / Math.Max(1, byDay.Items.Count);
        var barWidth = Math.Max(1, slot * 0.8);
        return [.. byDay.Items.Select((item, index) =>
        {
            var height = max <= 0 ? 0 : Math.Max(item.CostUsd > 0 ? 1 : 0, (double)(item.CostUsd / max) * (Bottom - Top));
            return new UsageBar(item.Key, N(index * slot + (slot - barWidth) / 2), N(Bottom - height), N(barWidth), N(height),
                $"{item.Key}: {BudgetInput.Usd(item.CostUsd)}, {item.Calls} call{(item.Calls == 1 ? "" : "s")}");
        })];
    }

    /// <summary>The costliest day's cost: the top of the scale.</summary>
    public static decimal Max(AiUsageReport byDay) => byDay.Items.Count == 0 ? 0m : byDay.Items.Max(i => i.CostUsd);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
