using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Connections;

/// <summary>The <c>jira</c> and <c>github</c> kinds on the connections API (strict target policy): their own fields, write-only secrets.</summary>
public sealed class JiraGitHubConnectionApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] AnswerFields = ["id", "kind", "name", "baseUrl", "apiUrl", "email", "model", "createdAt", "updatedAt"];

    private static string Token(string prefix) => $"{prefix}{Guid.NewGuid():N}";

    private async Task<(HttpClient Admin, Guid Org)> OrganizationAsync()
    {
        var admin = await app.CreateAdminClientAsync();
        return (admin, await admin.CreateOrganizationAsync($"Conn {Guid.NewGuid():N}"));
    }

    private async Task<string> StoredSecretAsync(Guid id)
    {
        await using var db = await app.OpenDatabaseAsync();
        return await db.ScalarAsync<string>("SELECT protected_secret FROM integrations.connections WHERE id = @id", ("id", id));
    }

    [Fact]
    public async Task A_jira_connection_answers_201_with_its_site_and_email_and_never_the_api_token()
    {
        var (admin, org) = await OrganizationAsync();
        using var _ = admin;
        var token = Token("ATATT3x");
        using var response = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org),
            new { kind = "jira", name = "Acme Jira", baseUrl = "https://acme.atlassian.net/", email = " lead@acme.example ", apiToken = token }, Ct);

        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created, text);
        text.Should().NotContain(token[^10..]);
        var created = JsonNode.Parse(text)!.AsObject();
        created.Select(p => p.Key).Should().BeEquivalentTo(AnswerFields);
        created["kind"]!.GetValue<string>().Should().Be("jira");
        created["baseUrl"]!.GetValue<string>().Should().Be("https://acme.atlassian.net");
        created["email"]!.GetValue<string>().Should().Be("lead@acme.example");
        created["apiUrl"].Should().BeNull();
        created["model"].Should().BeNull();
        var id = created["id"]!.GetValue<Guid>();
        (await admin.GetStringAsync(response.Headers.Location, Ct)).Should().NotContain(token[^10..]).And.Contain("lead@acme.example");
        (await StoredSecretAsync(id)).Should().NotBeNullOrEmpty().And.NotContain(token[^10..]);
    }

    [Theory]
    [InlineData(null, "https://api.github.com")]
    [InlineData("https://ghe.acme.example/api/v3/", "https://ghe.acme.example/api/v3")]
    public async Task A_github_connection_answers_201_with_its_api_url_and_never_the_token(string? apiUrl, string stored)
    {
        var (admin, org) = await OrganizationAsync();
        using var _ = admin;
        var token = Token("ghp_");
        using var response = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "github", name = "GitHub", apiUrl, token }, Ct);

        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created, text);
        text.Should().NotContain(token[^10..]);
        var created = JsonNode.Parse(text)!.AsObject();
        created.Select(p => p.Key).Should().BeEquivalentTo(AnswerFields);
        created["apiUrl"]!.GetValue<string>().Should().Be(stored);
        created["baseUrl"].Should().BeNull("GitHub's address is its apiUrl");
        created["email"].Should().BeNull();
        (await StoredSecretAsync(created["id"]!.GetValue<Guid>())).Should().NotContain(token[^10..]);
    }

    public static TheoryData<string, string> RefusedBodies => new()
    {
        { """{"kind":"jira","name":"J","email":"a@acme.example","apiToken":"ATATT-1"}""", "baseUrl" },
        { """{"kind":"jira","name":"J","baseUrl":"https://acme.atlassian.net","apiToken":"ATATT-1"}""", "email" },
        { """{"kind":"jira","name":"J","baseUrl":"https://acme.atlassian.net","email":"not an address","apiToken":"ATATT-1"}""", "email" },
        { """{"kind":"jira","name":"J","baseUrl":"https://acme.atlassian.net","email":"a@acme.example"}""", "apiToken" },
        { """{"kind":"jira","name":"J","baseUrl":"https://acme.atlassian.net","email":"a@acme.example","apiKey":"ATATT-1"}""", "apiToken,apiKey" },
        { """{"kind":"jira","name":"J","baseUrl":"http://169.254.169.254","email":"a@acme.example","apiToken":"ATATT-1"}""", "baseUrl" },
        { """{"kind":"github","name":"G"}""", "token" },
        { """{"kind":"github","name":"G","apiKey":"ghp_1"}""", "token,apiKey" },
        { """{"kind":"github","name":"G","token":"ghp_1","baseUrl":"https://api.github.com"}""", "baseUrl" },
        { """{"kind":"jira","name":"J","baseUrl":"https://acme.atlassian.net","email":"a@acme.example","apiToken":"ATATT-1","model":"gpt-5"}""", "model" },
        { """{"kind":"github","name":"G","token":"ghp 1"}""", "token" },
        { """{"kind":"github","name":"G","token":"ghp_1","apiUrl":"https://10.0.0.5/api/v3"}""", "apiUrl" },
        { """{"kind":"github","name":"G","token":"ghp_1","apiUrl":"http://api.github.com"}""", "apiUrl" },
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task Each_kinds_missing_refused_or_foreign_fields_are_named_in_the_400(string body, string fields)
    {
        var (admin, org) = await OrganizationAsync();
        using var _ = admin;
        using var response = await admin.PostAsync(ConnectionPaths.Connections(org), ZeronApi.Json(body), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(fields.Split(','));
        problem.ToJsonString().Should().NotContain("ATATT-1").And.NotContain("ghp_1").And.NotContain("ghp 1");
    }

    [Fact]
    public async Task Patch_takes_only_the_kinds_own_fields_and_a_new_address_needs_the_kinds_secret()
    {
        var (admin, org) = await OrganizationAsync();
        using var _ = admin;
        using var jira = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org),
            new { kind = "jira", name = "Jira", baseUrl = "https://acme.atlassian.net", email = "a@acme.example", apiToken = Token("ATATT") }, Ct);
        using var github = await admin.PostAsJsonAsync(ConnectionPaths.Connections(org), new { kind = "github", name = "GitHub", token = Token("ghp_") }, Ct);
        var jiraPath = jira.Headers.Location!.ToString();
        var githubPath = github.Headers.Location!.ToString();

        var moved = await (await admin.PatchAsJsonAsync(githubPath, new { apiUrl = "https://ghe.acme.example/api/v3" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        moved["errors"]!.AsObject().Select(e => e.Key).Should().Equal("token");
        var foreign = await (await admin.PatchAsJsonAsync(jiraPath, new { token = "ghp_x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreign["errors"]!.AsObject().Select(e => e.Key).Should().Equal("token");
        var emptied = await (await admin.PatchAsJsonAsync(jiraPath, new { baseUrl = "", apiToken = "ATATT-new" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        emptied["errors"]!.AsObject().Select(e => e.Key).Should().Equal("baseUrl");

        var before = await StoredSecretAsync((await jira.ReadJsonAsync())["id"]!.GetValue<Guid>());
        using var rotated = await admin.PatchAsJsonAsync(jiraPath, new { email = "bot@acme.example", apiToken = Token("ATATT"), baseUrl = "https://acme2.atlassian.net" }, Ct);
        var after = await rotated.EnsureSuccessStatusCode().ReadJsonAsync();
        after["email"]!.GetValue<string>().Should().Be("bot@acme.example");
        after["baseUrl"]!.GetValue<string>().Should().Be("https://acme2.atlassian.net");
        (await StoredSecretAsync(after["id"]!.GetValue<Guid>())).Should().NotBe(before);
        using var movedWithToken = await admin.PatchAsJsonAsync(githubPath, new { apiUrl = "https://ghe.acme.example/api/v3", token = Token("ghp_") }, Ct);
        (await movedWithToken.EnsureSuccessStatusCode().ReadJsonAsync())["apiUrl"]!.GetValue<string>().Should().Be("https://ghe.acme.example/api/v3");
    }

    [Theory]
    [InlineData("jira")]
    [InlineData("github")]
    public async Task Members_are_403_and_other_organizations_404(string kind)
    {
        var (owner, org) = await OrganizationAsync();
        using var _ = owner;
        object body = kind == "jira"
            ? new { kind, name = "Tracker", baseUrl = "https://acme.atlassian.net", email = "a@acme.example", apiToken = Token("ATATT") }
            : new { kind, name = "Tracker", token = Token("ghp_") };
        using var created = await owner.PostAsJsonAsync(ConnectionPaths.Connections(org), body, Ct);
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        using var member = await app.CreateMemberClientAsync(owner, org, "Member");
        using var stranger = await app.CreateMemberClientAsync(owner, await owner.CreateOrganizationAsync($"Other {Guid.NewGuid():N}"), "Admin");

        foreach (var (caller, status) in new[] { (member, HttpStatusCode.Forbidden), (stranger, HttpStatusCode.NotFound) })
        {
            var path = ConnectionPaths.Connections(org);
            await (await caller.PostAsJsonAsync(path, body, Ct)).ShouldBeProblemAsync(status);
            await (await caller.GetAsync($"{path}/{id}", Ct)).ShouldBeProblemAsync(status);
            await (await caller.PostAsync($"{path}/{id}/check", null, Ct)).ShouldBeProblemAsync(status);
            await (await caller.DeleteAsync($"{path}/{id}", Ct)).ShouldBeProblemAsync(status);
        }

        (await owner.GetFromJsonAsync<JsonObject>($"{ConnectionPaths.Connections(org)}/{id}", Ct))!["kind"]!.GetValue<string>().Should().Be(kind);
    }
}
