namespace Zeron.Feedback.Domain;

internal static class Categories
{
    public static readonly string[] Defaults = ["bug", "idea", "question", "praise", "other"];

    public const int MaxCount = 20;
    public const int MaxLength = 30;

    /// <summary>Lower-cased, trimmed and de-duplicated, keeping order.</summary>
    public static List<string> Normalize(IEnumerable<string> categories) =>
        categories.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
