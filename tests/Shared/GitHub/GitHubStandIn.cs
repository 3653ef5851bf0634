using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zeron.Tests.Shared.Llm;

namespace Zeron.Tests.Shared.GitHub;

/// <summary>
/// A loopback GitHub REST API, at the root (<c>https://api.github.com</c>'s shape) and under <c>/api/v3</c> (GitHub
/// Enterprise's): <c>GET /user</c>, <c>GET /repos/{owner}/{repo}</c>, pull requests (create: 201, or 422 "A pull request
/// already exists" while one is open for the head; list by <c>head=owner:branch</c> and <c>state</c>; update) and commit
/// statuses (201). Every call needs <c>Authorization: Bearer
/// </c><see cref="Token"/> (else 401 "Bad credentials") and a User-Agent (else 403, as GitHub answers). A scripted
/// <see cref="GitHubReply"/> answers the next authenticated request instead: the primary rate limit (403 with
/// <c>X-RateLimit-Remaining: 0</c> and an epoch <c>X-RateLimit-Reset</c>) or a secondary one (429 with <c>Retry-After</c>).
/// </summary>
public sealed class GitHubStandIn : ScriptedStandIn<GitHubReply>
{
    public const string Token = "ghp_github-test-token-0123456789";
    public const string Login = "zeron-bot";

    private readonly ConcurrentDictionary<int, JsonObject> _pulls = new();
    private readonly ConcurrentQueue<(string Sha, JsonObject Status)> _statuses = new();
    private int _lastNumber;

    private GitHubStandIn()
    {
    }

    /// <summary>Every pull request, by number, as the API would answer it now.</summary>
    public IReadOnlyDictionary<int, JsonObject> PullRequests => _pulls;

    /// <summary>Commit statuses posted, with the commit they were posted for.</summary>
    public IReadOnlyList<(string Sha, JsonObject Status)> Statuses => [.. _statuses];

    /// <summary>The <c>apiUrl</c> of a GitHub Enterprise server: <see cref="ScriptedStandIn{TReply}.BaseUrl"/><c>/api/v3</c>.</summary>
    public string EnterpriseApiUrl => $"{BaseUrl}/api/v3";

    public static async Task<GitHubStandIn> StartAsync()
    {
        var standIn = new GitHubStandIn();
        await standIn.StartAsync(app =>
        {
            app.UsePathBase("/api/v3");
            app.UseRouting(); // after the path base, so /api/v3/user routes as /user
            app.Use(async (context, next) =>
            {
                if (string.IsNullOrEmpty(context.Request.Headers.UserAgent))
                {
                    await ErrorAsync(context, 403, "Request forbidden by administrative rules. Please make sure your request has a User-Agent header.");
                    return;
                }

                if (context.Request.Headers.Authorization != $"Bearer {Token}")
                {
                    await ErrorAsync(context, 401, "Bad credentials");
                    return;
                }

                switch (standIn.Next(context, GitHubReply.Normal))
                {
                    case GitHubReply.PrimaryRateLimit primary:
                        context.Response.Headers["X-RateLimit-Limit"] = "5000";
                        context.Response.Headers["X-RateLimit-Remaining"] = "0";
                        context.Response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddSeconds(primary.ResetInSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                        await ErrorAsync(context, 403, "API rate limit exceeded for user ID 1.");
                        return;
                    case GitHubReply.SecondaryRateLimit secondary:
                        context.Response.Headers.RetryAfter = secondary.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                        await ErrorAsync(context, 429, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.");
                        return;
                }

                context.Response.Headers["X-RateLimit-Remaining"] = "4999";
                await next(context);
            });
            app.MapGet("/user", () => Results.Json(new { login = Login, id = 1, node_id = "MDQ6VXNlcjE=", type = "User", name = "Zeron Bot", site_admin = false }));
            app.MapGet("/repos/{owner}/{repo}", (string owner, string repo) => Results.Json(new
            {
                id = 1296269,
                name = repo,
                full_name = $"{owner}/{repo}",
                @private = true,
                default_branch = "main",
                html_url = $"https://github.com/{owner}/{repo}",
                clone_url = $"https://github.com/{owner}/{repo}.git",
                permissions = new { admin = false, push = true, pull = true },
            }));
            standIn.MapPulls(app);
        });
        return standIn;
    }

    private void MapPulls(WebApplication app)
    {
        app.MapPost("/repos/{owner}/{repo}/pulls", (string owner, string repo, JsonObject body) =>
        {
            var head = body["head"]!.GetValue<string>();
            var label = head.Contains(':', StringComparison.Ordinal) ? head : $"{owner}:{head}";
            if (_pulls.Values.Any(p => p["state"]!.GetValue<string>() == "open" && p["head"]!["label"]!.GetValue<string>() == label))
            {
                return Results.Json(new
                {
                    message = "Validation Failed",
                    errors = new[] { new { resource = "PullRequest", code = "custom", message = $"A pull request already exists for {label}." } },
                    documentation_url = "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
                    status = "422",
                }, statusCode: 422);
            }

            var number = Interlocked.Increment(ref _lastNumber);
            var branch = label[(label.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var pull = new JsonObject
            {
                ["id"] = 1_000_000 + number,
                ["number"] = number,
                ["state"] = "open",
                ["title"] = body["title"]?.DeepClone(),
                ["body"] = body["body"]?.DeepClone(),
                ["draft"] = body["draft"]?.GetValue<bool>() ?? false,
                ["html_url"] = $"https://github.com/{owner}/{repo}/pull/{number}",
                ["merged_at"] = null,
                ["head"] = new JsonObject { ["label"] = label, ["ref"] = branch, ["sha"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(branch)))[..40] },
                ["base"] = new JsonObject { ["label"] = $"{owner}:{body["base"]}", ["ref"] = body["base"]?.DeepClone(), ["sha"] = new string('b', 40) },
            };
            _pulls[number] = pull;
            return Results.Json(pull, statusCode: 201);
        });
        app.MapGet("/repos/{owner}/{repo}/pulls", (string? head, string? state) => Results.Json(_pulls.Values
            .Where(p => head is null || p["head"]!["label"]!.GetValue<string>() == head)
            .Where(p => state == "all" || p["state"]!.GetValue<string>() == (state ?? "open"))
            .OrderByDescending(p => p["number"]!.GetValue<int>())));
        app.MapMethods("/repos/{owner}/{repo}/pulls/{number:int}", ["PATCH"], (int number, JsonObject body) =>
        {
            if (!_pulls.TryGetValue(number, out var pull))
            {
                return Results.Json(new { message = "Not Found", documentation_url = "https://docs.github.com/rest", status = "404" }, statusCode: 404);
            }

            foreach (var field in new[] { "title", "body", "state" }.Where(f => body.ContainsKey(f)))
            {
                pull[field] = body[field]!.DeepClone();
            }

            return Results.Json(pull);
        });
        app.MapPost("/repos/{owner}/{repo}/statuses/{sha}", (string sha, JsonObject body) =>
        {
            var status = new JsonObject
            {
                ["id"] = 1 + _statuses.Count,
                ["state"] = body["state"]?.DeepClone(),
                ["context"] = body["context"]?.DeepClone() ?? "default",
                ["description"] = body["description"]?.DeepClone(),
                ["target_url"] = body["target_url"]?.DeepClone(),
            };
            _statuses.Enqueue((sha, status));
            return Results.Json(status, statusCode: 201);
        });
    }

    private static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { message, documentation_url = "https://docs.github.com/rest", status = status.ToString(CultureInfo.InvariantCulture) }, context.RequestAborted);
    }
}

/// <summary>What the stand-in answers an authenticated request with, instead of its normal answer.</summary>
public abstract record GitHubReply
{
    public static readonly GitHubReply Normal = new Served();

    /// <summary>403, <c>X-RateLimit-Remaining: 0</c>, <c>X-RateLimit-Reset</c> that many seconds from now (epoch seconds).</summary>
    public static GitHubReply RateLimitUsedUp(int resetInSeconds) => new PrimaryRateLimit(resetInSeconds);

    /// <summary>429 with <c>Retry-After</c>.</summary>
    public static GitHubReply SecondaryLimit(int retryAfterSeconds) => new SecondaryRateLimit(retryAfterSeconds);

    public sealed record Served : GitHubReply;

    public sealed record PrimaryRateLimit(int ResetInSeconds) : GitHubReply;

    public sealed record SecondaryRateLimit(int RetryAfterSeconds) : GitHubReply;
}
