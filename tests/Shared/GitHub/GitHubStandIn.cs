using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Zeron.Tests.Shared.Llm;

namespace Zeron.Tests.Shared.GitHub;

/// <summary>
/// A loopback GitHub REST API, at the root (<c>https://api.github.com</c>'s shape) and under <c>/api/v3</c> (GitHub
/// Enterprise's): <c>GET /user</c> and <c>GET /repos/{owner}/{repo}</c>. Every call needs <c>Authorization: Bearer
/// </c><see cref="Token"/> (else 401 "Bad credentials") and a User-Agent (else 403, as GitHub answers). A scripted
/// <see cref="GitHubReply"/> answers the next authenticated request instead: the primary rate limit (403 with
/// <c>X-RateLimit-Remaining: 0</c> and an epoch <c>X-RateLimit-Reset</c>) or a secondary one (429 with <c>Retry-After</c>).
/// </summary>
public sealed class GitHubStandIn : ScriptedStandIn<GitHubReply>
{
    public const string Token = "ghp_github-test-token-0123456789";
    public const string Login = "zeron-bot";

    private GitHubStandIn()
    {
    }

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
        });
        return standIn;
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
