using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zeron.Integrations.GitHub;

internal sealed record GitHubUser(string Login, long Id, string? Name);

internal sealed record GitHubRepository(long Id, string Name, string FullName, bool Private, string DefaultBranch, string HtmlUrl, string CloneUrl,
    GitHubPermissions? Permissions);

internal sealed record GitHubPermissions(bool Admin, bool Push, bool Pull);

/// <summary><c>POST …/pulls</c>: <see cref="Head"/> the branch (or <c>owner:branch</c>), <see cref="Base"/> the branch to merge into.</summary>
internal sealed record GitHubNewPullRequest(string Title, string Head, string Base, string? Body = null, bool? Draft = null);

/// <summary>A pull request; <see cref="State"/> is <c>open</c> or <c>closed</c> (merged when <see cref="MergedAt"/> is set).</summary>
internal sealed record GitHubPullRequest(long Id, int Number, string State, string HtmlUrl, bool Draft, DateTimeOffset? MergedAt,
    GitHubBranch Head, GitHubBranch Base);

internal sealed record GitHubBranch(string Ref, string Sha);

/// <summary><c>PATCH …/pulls/{number}</c>: only the fields given change.</summary>
internal sealed record GitHubPullRequestChange(string? Title = null, string? Body = null, string? State = null, string? Base = null);

/// <summary><c>state</c>: <c>error</c>, <c>failure</c>, <c>pending</c> or <c>success</c>; <c>description</c> at most 140 characters.</summary>
internal sealed record GitHubNewStatus(string State, string Context, string? Description = null, string? TargetUrl = null);

internal sealed record GitHubStatus(long Id, string State, string Context, string? Description, string? TargetUrl);

/// <summary>GitHub's JSON: snake_case, nulls left out (a PATCH sends only what changes).</summary>
internal static class GitHubJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
