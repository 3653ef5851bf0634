namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// The people <c>@Name</c> may mean. A match is the longest known display name right after an <c>@</c> that starts a
/// word and ends at a word boundary, compared ordinally; a display name two account ids share matches nothing.
/// </summary>
internal sealed class MentionDirectory
{
    private readonly List<JiraMention> _people;

    public MentionDirectory(IEnumerable<JiraMention> people) =>
        _people = [.. people
            .Select(p => p with { DisplayName = p.DisplayName.Trim().TrimStart('@') })
            .Where(p => p.DisplayName.Length > 0 && p.AccountId.Length > 0)
            .GroupBy(p => p.DisplayName, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.AccountId).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First())
            .OrderByDescending(p => p.DisplayName.Length)];

    /// <summary>The person named right after <paramref name="at"/> (the index of an <c>@</c>) in <paramref name="text"/>, if any.</summary>
    public JiraMention? Match(string text, int at)
    {
        if (_people.Count == 0 || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
        {
            return null;
        }

        var rest = text.AsSpan(at + 1);
        foreach (var person in _people)
        {
            if (rest.StartsWith(person.DisplayName, StringComparison.Ordinal)
                && (rest.Length == person.DisplayName.Length || !char.IsLetterOrDigit(rest[person.DisplayName.Length])))
            {
                return person;
            }
        }

        return null;
    }
}
