using Refit;

namespace Zeron.Integrations.Jira;

/// <summary>
/// The parts of Jira Cloud's REST API v3 the Conductor uses. Descriptions, comments and paragraph (textarea) fields
/// are Atlassian Document Format; a non-success answer throws <see cref="ApiException"/> (after the rate-limit retries), a
/// network failure (the outbound guard's refusal included) <see cref="ApiRequestException"/>.
/// Built per connection by <see cref="JiraClients"/> (Basic e-mail:API token, the site as base address).
/// </summary>
internal interface IJiraApi
{
    [Get("/rest/api/3/myself")]
    Task<JiraMyself> GetMyselfAsync(CancellationToken cancellationToken);

    /// <summary>One page; <see cref="JiraSearch.AllAsync"/> pages to the end (the old <c>/rest/api/3/search</c> is gone).</summary>
    [Post("/rest/api/3/search/jql")]
    Task<JiraSearchPage> SearchAsync([Body] JiraSearchRequest request, CancellationToken cancellationToken);

    [Get("/rest/api/3/issue/{key}/transitions")]
    Task<JiraTransitions> GetTransitionsAsync(string key, CancellationToken cancellationToken);

    /// <summary>204 on success.</summary>
    [Post("/rest/api/3/issue/{key}/transitions")]
    Task TransitionAsync(string key, [Body] JiraTransitionRequest request, CancellationToken cancellationToken);

    /// <summary>204 on success; a field not on the edit screen is a 400 with <c>errors</c>.</summary>
    [Put("/rest/api/3/issue/{key}")]
    Task UpdateIssueAsync(string key, [Body] JiraIssueUpdate update, CancellationToken cancellationToken);

    [Post("/rest/api/3/issue/{key}/comment")]
    Task<JiraComment> AddCommentAsync(string key, [Body] JiraCommentRequest comment, CancellationToken cancellationToken);

    [Get("/rest/api/3/field")]
    Task<IReadOnlyList<JiraField>> GetFieldsAsync(CancellationToken cancellationToken);
}
