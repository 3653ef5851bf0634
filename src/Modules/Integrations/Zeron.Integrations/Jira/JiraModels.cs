using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zeron.Integrations.Jira;

/// <summary><c>GET /rest/api/3/myself</c>: who the API token signs in as.</summary>
internal sealed record JiraMyself(string AccountId, string? DisplayName, string? EmailAddress, bool Active);

/// <summary>
/// <c>POST /rest/api/3/search/jql</c>: only ids come back unless <see cref="Fields"/> names some. No token on the first
/// page (null is left out of the body).
/// </summary>
internal sealed record JiraSearchRequest(string Jql, IReadOnlyList<string> Fields, int? MaxResults = null, string? NextPageToken = null);

/// <summary>A page: possibly smaller than asked; the last has <see cref="IsLast"/> and no <see cref="NextPageToken"/> at all.</summary>
internal sealed record JiraSearchPage(IReadOnlyList<JiraIssue> Issues, string? NextPageToken, bool IsLast);

/// <summary>An issue with the fields asked for, as Jira sends them (ADF for rich text): callers read what they need.</summary>
internal sealed record JiraIssue(string Id, string Key, JsonElement Fields);

internal sealed record JiraTransitions(IReadOnlyList<JiraTransition> Transitions);

/// <summary>Ids differ per workflow: match by <see cref="Name"/> or the target status' name.</summary>
internal sealed record JiraTransition(string Id, string Name, JiraStatus? To);

internal sealed record JiraStatus(string Id, string Name);

internal sealed record JiraTransitionRequest(JiraId Transition);

internal sealed record JiraId(string Id);

/// <summary><c>{"fields":{…}}</c>: a textarea field takes an ADF document, a short text field a string ≤ 255 characters.</summary>
internal sealed record JiraIssueUpdate(JsonObject Fields);

/// <summary>A comment: <see cref="Body"/> is an ADF document.</summary>
internal sealed record JiraCommentRequest(JsonNode Body);

internal sealed record JiraComment(string Id);

/// <summary><c>GET /rest/api/3/field</c>: <see cref="Schema"/> says what a field takes (<c>custom</c> ends in <c>:textarea</c> for paragraphs).</summary>
internal sealed record JiraField(string Id, string Name, bool Custom, JiraFieldSchema? Schema);

internal sealed record JiraFieldSchema(string Type, string? Custom, string? Items);

/// <summary>Jira's JSON: camelCase, nulls left out (a first search page has no token).</summary>
internal static class JiraJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
