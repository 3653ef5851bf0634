using Refit;

namespace Zeron.Integrations.GitHub;

/// <summary>
/// The parts of GitHub's REST API the Conductor uses, under the connection's <c>apiUrl</c> (<c>https://api.github.com</c>
/// or <c>https://HOST/api/v3</c>). A non-success answer throws <see cref="ApiException"/> (after the rate-limit retries), a
/// network failure (the outbound guard's refusal included) <see cref="ApiRequestException"/>:
/// an open pull request for the branch already is a 422 whose <c>errors[].message</c> starts "A pull request already exists".
/// Built per connection by <see cref="GitHubClients"/> (bearer token, versioned media type, a User-Agent).
/// </summary>
internal interface IGitHubApi
{
    [Get("/user")]
    Task<GitHubUser> GetUserAsync(CancellationToken cancellationToken);

    [Get("/repos/{owner}/{repo}")]
    Task<GitHubRepository> GetRepositoryAsync(string owner, string repo, CancellationToken cancellationToken);

    [Post("/repos/{owner}/{repo}/pulls")]
    Task<GitHubPullRequest> CreatePullRequestAsync(string owner, string repo, [Body] GitHubNewPullRequest pullRequest, CancellationToken cancellationToken);

    /// <summary><paramref name="head"/> is <c>owner:branch</c>; <paramref name="state"/> <c>open</c>, <c>closed</c> or <c>all</c>.</summary>
    [Get("/repos/{owner}/{repo}/pulls")]
    Task<IReadOnlyList<GitHubPullRequest>> ListPullRequestsAsync(string owner, string repo, [Query] string? head, [Query] string? state, CancellationToken cancellationToken);

    [Patch("/repos/{owner}/{repo}/pulls/{number}")]
    Task<GitHubPullRequest> UpdatePullRequestAsync(string owner, string repo, int number, [Body] GitHubPullRequestChange change, CancellationToken cancellationToken);

    /// <summary>A commit status (check runs need a GitHub App; a personal token may set statuses).</summary>
    [Post("/repos/{owner}/{repo}/statuses/{sha}")]
    Task<GitHubStatus> CreateStatusAsync(string owner, string repo, string sha, [Body] GitHubNewStatus status, CancellationToken cancellationToken);
}
