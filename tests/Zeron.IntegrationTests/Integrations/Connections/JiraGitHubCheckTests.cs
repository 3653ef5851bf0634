using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.GitHub;
using Zeron.Tests.Shared.Jira;

using static Zeron.IntegrationTests.Integrations.Connections.ConnectionChecks;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary><c>POST …/connections/{id}/check</c> for <c>jira</c> (<c>GET /rest/api/3/myself</c>) and <c>github</c> (<c>GET /user</c>) against loopback stand-ins.</summary>
public sealed class JiraGitHubCheckTests(PrivateConnectionsFactory app) : IClassFixture<PrivateConnectionsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_jira_check_calls_myself_with_basic_email_and_api_token()
    {
        await using var jira = await JiraStandIn.StartAsync();
        var (admin, path) = await ConnectAsync(app, new { kind = "jira", name = "Jira", baseUrl = jira.BaseUrl, email = JiraStandIn.Email, apiToken = JiraStandIn.ApiToken });
        using var _ = admin;

        var (result, text) = await CheckAsync(admin, path);

        result["ok"]!.GetValue<bool>().Should().BeTrue(text);
        Steps(result).Should().Equal("address:ok", "reach:ok", "key:ok");
        Detail(result, "key").Should().Be("the provider accepted the API token");
        text.Should().NotContain(JiraStandIn.ApiToken);
        var request = jira.RequestsTo("/rest/api/3/myself").Should().ContainSingle().Subject;
        request.Header("authorization").Should().Be(JiraStandIn.BasicOf(JiraStandIn.Email, JiraStandIn.ApiToken));
    }

    [Fact]
    public async Task A_wrong_jira_token_is_ok_false_with_a_reason_not_a_500()
    {
        await using var jira = await JiraStandIn.StartAsync();
        const string wrong = "ATATT3x-wrong-token-0123456789";
        var (admin, path) = await ConnectAsync(app, new { kind = "jira", name = "Jira", baseUrl = jira.BaseUrl, email = JiraStandIn.Email, apiToken = wrong });
        using var _ = admin;

        var (result, text) = await CheckAsync(admin, path);

        result["ok"]!.GetValue<bool>().Should().BeFalse();
        Steps(result).Should().Equal("address:ok", "reach:ok", "key:failed");
        Detail(result, "key").Should().Be("the provider refused the API token (401)");
        text.Should().NotContain(wrong);
    }

    [Fact]
    public async Task A_github_enterprise_check_calls_user_under_api_v3_with_the_versioned_headers()
    {
        await using var github = await GitHubStandIn.StartAsync();
        var (admin, path) = await ConnectAsync(app, new { kind = "github", name = "GHE", apiUrl = github.EnterpriseApiUrl, token = GitHubStandIn.Token });
        using var _ = admin;

        var (result, text) = await CheckAsync(admin, path);

        result["ok"]!.GetValue<bool>().Should().BeTrue(text);
        Steps(result).Should().Equal("address:ok", "reach:ok", "key:ok");
        Detail(result, "key").Should().Be("the provider accepted the token");
        var request = github.RequestsTo("/api/v3/user").Should().ContainSingle().Subject;
        request.Header("authorization").Should().Be($"Bearer {GitHubStandIn.Token}");
        request.Header("accept").Should().Be("application/vnd.github+json");
        request.Header("x-github-api-version").Should().Be("2022-11-28");
        request.Header("user-agent").Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_wrong_github_token_is_ok_false_and_a_used_up_rate_limit_says_so_rather_than_blaming_the_token()
    {
        await using var github = await GitHubStandIn.StartAsync();
        const string wrong = "ghp_wrong-token-0123456789";
        var (admin, path) = await ConnectAsync(app, new { kind = "github", name = "GitHub", apiUrl = github.BaseUrl, token = wrong });
        using var _ = admin;
        var (refused, text) = await CheckAsync(admin, path);
        refused["ok"]!.GetValue<bool>().Should().BeFalse();
        Detail(refused, "key").Should().Be("the provider refused the token (401)");
        text.Should().NotContain(wrong);
        github.RequestsTo("/user").Should().ContainSingle();

        var (admin2, path2) = await ConnectAsync(app, new { kind = "github", name = "GitHub", apiUrl = github.BaseUrl, token = GitHubStandIn.Token });
        using var __ = admin2;
        github.Enqueue(GitHubReply.RateLimitUsedUp(resetInSeconds: 600));
        var (limited, _) = await CheckAsync(admin2, path2);
        limited["ok"]!.GetValue<bool>().Should().BeFalse();
        Detail(limited, "key").Should().StartWith("the provider's rate limit is used up (403)");
    }
}
