using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zeron.Tests.Shared.Llm;

namespace Zeron.Tests.Shared.Jira;

/// <summary>
/// A loopback Jira Cloud site speaking REST v3: <c>GET /rest/api/3/myself</c> and <c>POST /rest/api/3/search/jql</c>
/// (pages of at most <see cref="MaxPageSize"/> however many are asked, an opaque <c>nextPageToken</c>, the last page
/// with <c>isLast: true</c> and no token key at all; only the <c>fields</c> asked for come back), and the removed
/// <c>/rest/api/3/search</c> answering 410; an issue's transitions (ids of its own workflow, not the status ids) and
/// taking one (204, 400 for an id of another workflow), <c>PUT</c> of its fields (204), comments (201) and the field
/// list with each field's schema. Every call needs <c>Basic base64(</c><see cref="Email"/>:<see cref="ApiToken"/><c>)</c>
/// (else 401 as Jira answers it). A scripted <see cref="JiraReply"/> (429 with <c>Retry-After</c>) answers the next
/// authenticated request instead.
/// </summary>
public sealed class JiraStandIn : ScriptedStandIn<JiraReply>
{
    public const string Email = "conductor@acme.example";
    public const string ApiToken = "ATATT3xFfGF0-jira-test-token";
    public const string AccountId = "5b10ac8d82e05b22cc7d4ef5";

    private readonly ConcurrentQueue<JiraTestIssue> _issues = new();
    private readonly ConcurrentDictionary<string, string> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, JsonNode Body)> _comments = new();
    private readonly ConcurrentQueue<(string Key, JsonObject Fields)> _updates = new();

    /// <summary>The workflow every issue follows: transition ids are this workflow's own (as in Jira, they differ per workflow).</summary>
    public static readonly IReadOnlyList<(string Id, string Name, string To)> Workflow =
        [("711", "Start work", "In Progress"), ("721", "Ask for review", "In Review"), ("731", "Hand to a human", "Needs Human"), ("741", "Done", "Done")];

    /// <summary>The fields <c>GET /rest/api/3/field</c> lists: a paragraph (textarea) and a short text custom field among the system ones.</summary>
    public const string ValidationField = "customfield_10050";
    public const string ManifestField = "customfield_10051";

    private JiraStandIn()
    {
    }

    /// <summary>The most issues one search page holds (Jira may answer fewer than <c>maxResults</c>).</summary>
    public int MaxPageSize { get; set; } = 2;

    public static async Task<JiraStandIn> StartAsync()
    {
        var standIn = new JiraStandIn();
        await standIn.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                if (context.Request.Headers.Authorization != BasicOf(Email, ApiToken))
                {
                    await ErrorAsync(context, 401, "Client must be authenticated to access this resource.");
                    return;
                }

                if (standIn.Next(context, JiraReply.Normal) is JiraReply.RateLimited limited)
                {
                    context.Response.Headers.RetryAfter = limited.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                    context.Response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddSeconds(limited.RetryAfterSeconds).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
                    await ErrorAsync(context, 429, "Rate limit exceeded.");
                    return;
                }

                await next(context);
            });
            app.MapGet("/rest/api/3/myself", (HttpContext context) => Results.Json(new
            {
                self = $"{standIn.BaseUrl}/rest/api/3/user?accountId={AccountId}",
                accountId = AccountId,
                accountType = "atlassian",
                emailAddress = Email,
                displayName = "Zeron Conductor",
                active = true,
                timeZone = "Etc/UTC",
                locale = "en_US",
            }));
            app.MapPost("/rest/api/3/search/jql", standIn.SearchAsync);
            MapWrites(app, standIn);
            app.MapMethods("/rest/api/3/search", ["GET", "POST"], (HttpContext context) => ErrorAsync(context, 410,
                "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API."));
        });
        return standIn;
    }

    /// <summary><c>Basic base64(email:token)</c>, as a client sends it.</summary>
    public static string BasicOf(string email, string token) => $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}"))}";

    /// <summary>Adds issues the search finds (every search finds all of them, in the order added).</summary>
    public void AddIssues(params JiraTestIssue[] issues)
    {
        foreach (var issue in issues)
        {
            _issues.Enqueue(issue);
            _statuses[issue.Key] = issue.Status;
        }
    }

    /// <summary>The issue's status now (transitions change it).</summary>
    public string? StatusOf(string key) => _statuses.TryGetValue(key, out var status) ? status : null;

    /// <summary>Comments added, with their ADF bodies, in order.</summary>
    public IReadOnlyList<(string Key, JsonNode Body)> Comments => [.. _comments];

    /// <summary>The <c>fields</c> of every <c>PUT /rest/api/3/issue/{key}</c>, in order.</summary>
    public IReadOnlyList<(string Key, JsonObject Fields)> FieldUpdates => [.. _updates];

    private static void MapWrites(WebApplication app, JiraStandIn standIn)
    {
        app.MapGet("/rest/api/3/issue/{key}/transitions", (string key) => standIn.StatusOf(key) is null
            ? NotFound()
            : Results.Json(new
            {
                expand = "transitions",
                transitions = Workflow.Select(t => new { id = t.Id, name = t.Name, to = new { id = $"1{t.Id}", name = t.To }, hasScreen = false, isGlobal = true, isAvailable = true }),
            }));
        app.MapPost("/rest/api/3/issue/{key}/transitions", (string key, JsonObject body) =>
        {
            var id = body["transition"]?["id"]?.GetValue<string>();
            if (standIn.StatusOf(key) is null)
            {
                return NotFound();
            }

            if (Workflow.FirstOrDefault(t => t.Id == id) is not { Id: not null } transition)
            {
                return Results.Json(new { errorMessages = new[] { $"Transition id '{id}' is not valid for this issue." }, errors = new { } }, statusCode: 400);
            }

            standIn._statuses[key] = transition.To;
            return Results.NoContent();
        });
        app.MapPut("/rest/api/3/issue/{key}", (string key, JsonObject body) =>
        {
            if (standIn.StatusOf(key) is null)
            {
                return NotFound();
            }

            standIn._updates.Enqueue((key, body["fields"]!.AsObject()));
            return Results.NoContent();
        });
        app.MapPost("/rest/api/3/issue/{key}/comment", (string key, JsonObject body) =>
        {
            if (standIn.StatusOf(key) is null)
            {
                return NotFound();
            }

            standIn._comments.Enqueue((key, body["body"]!.DeepClone()));
            var id = (10000 + standIn._comments.Count).ToString(CultureInfo.InvariantCulture);
            return Results.Json(new { id, self = $"{standIn.BaseUrl}/rest/api/3/issue/{key}/comment/{id}", body = body["body"], created = DateTimeOffset.UtcNow }, statusCode: 201);
        });
        app.MapGet("/rest/api/3/field", () => Results.Json(new object[]
        {
            new { id = "summary", key = "summary", name = "Summary", custom = false, schema = new { type = "string", system = "summary" } },
            new { id = "description", key = "description", name = "Description", custom = false, schema = new { type = "string", system = "description" } },
            new { id = ValidationField, key = ValidationField, name = "Zeron validation", custom = true,
                schema = new { type = "string", custom = "com.atlassian.jira.plugin.system.customfieldtypes:textarea", customId = 10050 } },
            new { id = ManifestField, key = ManifestField, name = "Zeron manifest", custom = true,
                schema = new { type = "string", custom = "com.atlassian.jira.plugin.system.customfieldtypes:textfield", customId = 10051 } },
        }));
    }

    private static IResult NotFound() =>
        Results.Json(new { errorMessages = new[] { "Issue does not exist or you do not have permission to see it." }, errors = new { } }, statusCode: 404);

    private async Task SearchAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var root = body.RootElement;
        if (!root.TryGetProperty("jql", out var jql) || jql.ValueKind != JsonValueKind.String || jql.GetString()!.Length == 0)
        {
            await ErrorAsync(context, 400, "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
            return;
        }

        var offset = 0;
        if (root.TryGetProperty("nextPageToken", out var token) && !TryReadToken(token.GetString(), out offset))
        {
            await ErrorAsync(context, 400, "The provided next page token is invalid or expired.");
            return;
        }

        var asked = root.TryGetProperty("maxResults", out var max) ? max.GetInt32() : 50;
        var fields = root.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var all = _issues.ToArray();
        var page = all.Skip(offset).Take(Math.Min(asked, MaxPageSize)).ToArray();
        var next = offset + page.Length;
        var answer = new JsonObject { ["issues"] = new JsonArray([.. page.Select(i => IssueJson(i, fields))]) };
        if (next < all.Length)
        {
            answer["nextPageToken"] = Convert.ToBase64String(Encoding.UTF8.GetBytes($"page:{next}"));
        }

        answer["isLast"] = next >= all.Length;
        await context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }

    private JsonObject IssueJson(JiraTestIssue issue, HashSet<string> fields)
    {
        var values = new JsonObject();
        if (fields.Contains("summary"))
        {
            values["summary"] = issue.Summary;
        }

        if (fields.Contains("status"))
        {
            values["status"] = new JsonObject { ["id"] = "10003", ["name"] = issue.Status };
        }

        return new JsonObject
        {
            ["id"] = issue.Id,
            ["key"] = issue.Key,
            ["self"] = $"{BaseUrl}/rest/api/3/issue/{issue.Id}",
            ["fields"] = values,
        };
    }

    private static bool TryReadToken(string? token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token ?? ""));
            return text.StartsWith("page:", StringComparison.Ordinal) && int.TryParse(text[5..], CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { errorMessages = new[] { message }, errors = new { } }, context.RequestAborted);
    }
}

/// <summary>An issue the stand-in's search finds.</summary>
public sealed record JiraTestIssue(string Id, string Key, string Summary, string Status = "Ready for Dev");

/// <summary>What the stand-in answers an authenticated request with, instead of its normal answer.</summary>
public abstract record JiraReply
{
    public static readonly JiraReply Normal = new Served();

    public static JiraReply RateLimit(int retryAfterSeconds) => new RateLimited(retryAfterSeconds);

    public sealed record Served : JiraReply;

    /// <summary>429 with <c>Retry-After</c> in seconds (and <c>X-RateLimit-Reset</c>, an ISO date as Jira sends it).</summary>
    public sealed record RateLimited(int RetryAfterSeconds) : JiraReply;
}
