using System.Runtime.CompilerServices;

namespace Zeron.Integrations.Jira;

/// <summary>Pages <c>search/jql</c> to the end: until <c>isLast</c> or a page without a token (pages may be smaller than asked).</summary>
internal static class JiraSearch
{
    /// <summary>A bound against a server that never says "last" (or repeats a token): 1000 pages.</summary>
    public const int MaxPages = 1000;

    public static async IAsyncEnumerable<JiraIssue> AllAsync(this IJiraApi jira, string jql, IReadOnlyList<string> fields, int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await jira.SearchAsync(new JiraSearchRequest(jql, fields, pageSize, token), cancellationToken);
            foreach (var issue in result.Issues)
            {
                yield return issue;
            }

            token = result.NextPageToken;
            if (result.IsLast || string.IsNullOrEmpty(token) || !seen.Add(token))
            {
                yield break;
            }
        }
    }
}
