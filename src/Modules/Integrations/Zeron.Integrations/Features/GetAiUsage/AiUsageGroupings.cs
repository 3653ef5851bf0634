using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Integrations.Features.GetAiUsage;

/// <summary>The API's names of <see cref="AiUsageGrouping"/>: lower case, exact.</summary>
internal static class AiUsageGroupings
{
    public static string Name(AiUsageGrouping grouping) => grouping.ToString().ToLowerInvariant();

    /// <summary>Null or empty is the default, <see cref="AiUsageGrouping.Day"/>.</summary>
    public static bool TryParse(string? value, out AiUsageGrouping grouping)
    {
        grouping = AiUsageGrouping.Day;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<AiUsageGrouping>())
        {
            if (Name(candidate) == value)
            {
                grouping = candidate;
                return true;
            }
        }

        return false;
    }
}
