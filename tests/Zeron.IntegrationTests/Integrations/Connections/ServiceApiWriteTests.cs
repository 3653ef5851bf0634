using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
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

/// <summary>The writes the Conductor will make, through the clients of a stored connection, against the stand-ins' documented shapes.</summary>
public sealed class ServiceApiWriteTests(PrivateConnectionsFactory app) : IClassFixture<PrivateConnectionsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid Org, Guid Connection)> ConnectAsync(object body)
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"Writes {Guid.NewGuid():N}");
        using var created = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), body, Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return (org, (await created.ReadJsonAsync())["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Jira_transitions_by_its_workflows_id_updates_fields_comments_in_adf_and_lists_field_schemas()
    {
        await using var jira = await JiraStandIn.StartAsync();
        jira.AddIssues(new JiraTestIssue("10001", "WEB-7", "Add dark mode"));
        var (org, id) = await ConnectAsync(new { kind = "jira", name = "Jira", baseUrl = jira.BaseUrl, email = JiraStandIn.Email, apiToken = JiraStandIn.ApiToken });
        await using var scope = app.Services.CreateAsyncScope();
        var api = (await scope.ServiceProvider.GetRequiredService<JiraClients>().ForConnectionAsync(org, id, Ct)).Value.Api;

        var transitions = await api.GetTransitionsAsync("WEB-7", Ct);
        var start = transitions.Transitions.Single(t => string.Equals(t.To?.Name, "in progress", StringComparison.OrdinalIgnoreCase));
        await api.TransitionAsync("WEB-7", new JiraTransitionRequest(new JiraId(start.Id)), Ct);
        var refused = await FluentActions.Awaiting(() => api.TransitionAsync("WEB-7", new JiraTransitionRequest(new JiraId("3")), Ct)).Should().ThrowAsync<ApiException>();
        await api.UpdateIssueAsync("WEB-7", new JiraIssueUpdate(new JsonObject { [JiraStandIn.ManifestField] = "3 files, 1 commit" }), Ct);
        var adf = JsonNode.Parse("""{"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"Validated."}]}]}""")!;
        var comment = await api.AddCommentAsync("WEB-7", new JiraCommentRequest(adf), Ct);
        var fields = await api.GetFieldsAsync(Ct);

        start.Id.Should().Be("711", "the workflow's own transition id, not the status id");
        jira.StatusOf("WEB-7").Should().Be("In Progress");
        refused.Which.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        jira.FieldUpdates.Should().ContainSingle().Which.Fields[JiraStandIn.ManifestField]!.GetValue<string>().Should().Be("3 files, 1 commit");
        comment.Id.Should().NotBeNullOrEmpty();
        jira.Comments.Should().ContainSingle().Which.Body["type"]!.GetValue<string>().Should().Be("doc");
        fields.Single(f => f.Id == JiraStandIn.ValidationField).Schema!.Custom.Should().EndWith(":textarea");
        fields.Single(f => f.Id == "summary").Custom.Should().BeFalse();
    }

    [Fact]
    public async Task GitHub_opens_a_pull_request_meets_the_422_duplicate_finds_it_by_head_updates_it_and_sets_a_commit_status()
    {
        await using var github = await GitHubStandIn.StartAsync();
        var (org, id) = await ConnectAsync(new { kind = "github", name = "GitHub", apiUrl = github.BaseUrl, token = GitHubStandIn.Token });
        await using var scope = app.Services.CreateAsyncScope();
        var api = (await scope.ServiceProvider.GetRequiredService<GitHubClients>().ForConnectionAsync(org, id, Ct)).Value.Api;
        var proposal = new GitHubNewPullRequest("WEB-7: Add dark mode", "zeron/WEB-7-add-dark-mode", "main", "Evidence…", Draft: false);

        var opened = await api.CreatePullRequestAsync("acme", "web", proposal, Ct);
        var duplicate = await FluentActions.Awaiting(() => api.CreatePullRequestAsync("acme", "web", proposal, Ct)).Should().ThrowAsync<ApiException>();
        await api.CreatePullRequestAsync("acme", "web", proposal with { Head = "zeron/WEB-8-other" }, Ct);
        var found = await api.ListPullRequestsAsync("acme", "web", "acme:zeron/WEB-7-add-dark-mode", "open", Ct);
        var updated = await api.UpdatePullRequestAsync("acme", "web", opened.Number, new GitHubPullRequestChange(Body: "Evidence, second attempt"), Ct);
        var status = await api.CreateStatusAsync("acme", "web", opened.Head.Sha, new GitHubNewStatus("success", "zeron/validation", "2 commands passed", "https://zeron.example/runs/1"), Ct);

        opened.Number.Should().Be(1);
        opened.HtmlUrl.Should().Be("https://github.com/acme/web/pull/1");
        opened.Head.Ref.Should().Be("zeron/WEB-7-add-dark-mode");
        opened.MergedAt.Should().BeNull();
        duplicate.Which.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        duplicate.Which.Content.Should().Contain("A pull request already exists for acme:zeron/WEB-7-add-dark-mode.");
        found.Should().ContainSingle("the other branch's pull request is not listed for this head").Which.Number.Should().Be(opened.Number);
        updated.Number.Should().Be(1);
        github.PullRequests[1]["body"]!.GetValue<string>().Should().Be("Evidence, second attempt");
        github.PullRequests[1]["title"]!.GetValue<string>().Should().Be("WEB-7: Add dark mode", "a PATCH sends only what changes");
        status.Context.Should().Be("zeron/validation");
        github.Statuses.Should().ContainSingle().Which.Sha.Should().Be(opened.Head.Sha);
        github.Statuses[0].Status["target_url"]!.GetValue<string>().Should().Be("https://zeron.example/runs/1");
    }
}
