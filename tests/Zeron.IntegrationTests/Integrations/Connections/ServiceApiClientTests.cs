using System.Net;
using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using Xunit;
using Zeron.Integrations.GitHub;
using Zeron.Integrations.Jira;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.GitHub;
using Zeron.Tests.Shared.Jira;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>The Jira and GitHub clients built for a stored connection, against loopback stand-ins: paging, headers, bounded rate-limit retries.</summary>
public sealed class ServiceApiClientTests(PrivateConnectionsFactory app) : IClassFixture<PrivateConnectionsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid Org, Guid Connection)> ConnectAsync(object body)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Client {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), body, Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return (org, (await created.ReadJsonAsync())["id"]!.GetValue<Guid>());
    }

    private async Task<IJiraApi> JiraAsync(JiraStandIn jira)
    {
        var (org, id) = await ConnectAsync(new { kind = "jira", name = "Jira", baseUrl = jira.BaseUrl, email = JiraStandIn.Email, apiToken = JiraStandIn.ApiToken });
        await using var scope = app.Services.CreateAsyncScope();
        var client = await scope.ServiceProvider.GetRequiredService<JiraClients>().ForConnectionAsync(org, id, Ct);
        client.IsSuccess.Should().BeTrue();
        return client.Value.Api;
    }

    private async Task<IGitHubApi> GitHubAsync(string apiUrl)
    {
        var (org, id) = await ConnectAsync(new { kind = "github", name = "GitHub", apiUrl, token = GitHubStandIn.Token });
        await using var scope = app.Services.CreateAsyncScope();
        var client = await scope.ServiceProvider.GetRequiredService<GitHubClients>().ForConnectionAsync(org, id, Ct);
        client.IsSuccess.Should().BeTrue();
        return client.Value.Api;
    }

    [Fact]
    public async Task Search_jql_is_paged_to_the_last_page_with_explicit_fields_and_the_token_only_after_the_first()
    {
        await using var jira = await JiraStandIn.StartAsync();
        jira.AddIssues([.. Enumerable.Range(1, 5).Select(n => new JiraTestIssue($"1000{n}", $"WEB-{n}", $"Ticket {n}"))]);
        var api = await JiraAsync(jira);

        var issues = await api.AllAsync("project = WEB ORDER BY created", ["summary", "status"], pageSize: 50, Ct).ToListAsync(Ct);

        issues.Select(i => i.Key).Should().Equal("WEB-1", "WEB-2", "WEB-3", "WEB-4", "WEB-5");
        issues[0].Fields.GetProperty("summary").GetString().Should().Be("Ticket 1");
        var searches = jira.RequestsTo("/rest/api/3/search/jql");
        searches.Should().HaveCount(3, "pages of 2 however many were asked");
        searches[0].Json.TryGetProperty("nextPageToken", out _).Should().BeFalse("the first page is asked without a token");
        searches[1].Json.GetProperty("nextPageToken").GetString().Should().NotBeNullOrEmpty();
        searches.Should().AllSatisfy(s =>
        {
            s.Json.GetProperty("jql").GetString().Should().Be("project = WEB ORDER BY created");
            s.Json.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).Should().Equal("summary", "status");
            s.Json.GetProperty("maxResults").GetInt32().Should().Be(50);
            s.Header("authorization").Should().Be(JiraStandIn.BasicOf(JiraStandIn.Email, JiraStandIn.ApiToken));
        });
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_and_tried_again()
    {
        await using var jira = await JiraStandIn.StartAsync();
        var api = await JiraAsync(jira);
        jira.Enqueue(JiraReply.RateLimit(retryAfterSeconds: 1));

        var me = await api.GetMyselfAsync(Ct);

        me.AccountId.Should().Be(JiraStandIn.AccountId);
        jira.RequestsTo("/rest/api/3/myself").Should().HaveCount(2);
    }

    [Fact]
    public async Task Rate_limit_retries_are_bounded_then_the_429_surfaces()
    {
        await using var jira = await JiraStandIn.StartAsync();
        var api = await JiraAsync(jira);
        jira.Enqueue(JiraReply.RateLimit(1), JiraReply.RateLimit(1), JiraReply.RateLimit(1), JiraReply.RateLimit(1));

        var thrown = await FluentActions.Awaiting(() => api.GetMyselfAsync(Ct)).Should().ThrowAsync<ApiException>();

        thrown.Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        jira.RequestsTo("/rest/api/3/myself").Should().HaveCount(3, "one call and at most two retries");
    }

    [Fact]
    public async Task A_wait_longer_than_the_cap_is_not_waited_the_429_surfaces_at_once()
    {
        await using var jira = await JiraStandIn.StartAsync();
        var api = await JiraAsync(jira);
        jira.Enqueue(JiraReply.RateLimit(3600));

        var thrown = await FluentActions.Awaiting(() => api.GetMyselfAsync(Ct)).Should().ThrowAsync<ApiException>();

        thrown.Which.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        jira.RequestsTo("/rest/api/3/myself").Should().ContainSingle();
    }

    [Fact]
    public async Task A_wrong_token_is_a_401_and_not_retried()
    {
        await using var jira = await JiraStandIn.StartAsync();
        var (org, id) = await ConnectAsync(new { kind = "jira", name = "Jira", baseUrl = jira.BaseUrl, email = JiraStandIn.Email, apiToken = "ATATT-wrong" });
        await using var scope = app.Services.CreateAsyncScope();
        var api = (await scope.ServiceProvider.GetRequiredService<JiraClients>().ForConnectionAsync(org, id, Ct)).Value.Api;

        var thrown = await FluentActions.Awaiting(() => api.GetMyselfAsync(Ct)).Should().ThrowAsync<ApiException>();

        thrown.Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        jira.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task GitHub_enterprise_calls_go_under_api_v3_with_the_token_and_a_used_up_rate_limit_waits_for_its_reset()
    {
        await using var github = await GitHubStandIn.StartAsync();
        var api = await GitHubAsync(github.EnterpriseApiUrl);
        github.Enqueue(GitHubReply.RateLimitUsedUp(resetInSeconds: 1));

        var user = await api.GetUserAsync(Ct);
        var repository = await api.GetRepositoryAsync("acme", "web", Ct);

        user.Login.Should().Be(GitHubStandIn.Login);
        repository.FullName.Should().Be("acme/web");
        repository.DefaultBranch.Should().Be("main");
        repository.Permissions!.Push.Should().BeTrue();
        github.RequestsTo("/api/v3/user").Should().HaveCount(2, "the 403 with no requests left was tried again after the reset");
        var request = github.RequestsTo("/api/v3/repos/acme/web").Should().ContainSingle().Subject;
        request.Header("authorization").Should().Be($"Bearer {GitHubStandIn.Token}");
        request.Header("x-github-api-version").Should().Be("2022-11-28");
        request.Header("accept").Should().Be("application/vnd.github+json");
    }

    [Fact]
    public async Task A_client_of_one_kind_is_refused_for_a_connection_of_another()
    {
        var (org, id) = await ConnectAsync(new { kind = "github", name = "GitHub", token = GitHubStandIn.Token });
        await using var scope = app.Services.CreateAsyncScope();

        var jira = await scope.ServiceProvider.GetRequiredService<JiraClients>().ForConnectionAsync(org, id, Ct);
        var elsewhere = await scope.ServiceProvider.GetRequiredService<GitHubClients>().ForConnectionAsync(Guid.NewGuid(), id, Ct);

        jira.Error!.Code.Should().Be("connection.wrong_kind");
        elsewhere.Error!.Code.Should().Be("connection.not_found");
    }
}
