using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>The integrator API over a project's feedback: filters, full-text search, cursor paging, updates, replies.</summary>
public sealed class FeedbackApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cursor_paging_walks_every_item_once_newest_first()
    {
        var (admin, org, project) = await ProjectAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        for (var i = 0; i < 7; i++)
        {
            await app.AddItemAsync(org, project, $"item {i}", createdAt: start.AddMinutes(i));
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?limit=3" + (cursor is null ? "" : $"&cursor={cursor}"), Ct);
            seen.AddRange(page!["items"]!.AsArray().Select(i => i!["message"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        pages.Should().Be(3);
        seen.Should().Equal("item 6", "item 5", "item 4", "item 3", "item 2", "item 1", "item 0");
    }

    [Fact]
    public async Task Filters_and_full_text_search_narrow_the_list()
    {
        var (admin, org, project) = await ProjectAsync();
        await app.AddItemAsync(org, project, "The login page crashes on Safari", "bug", email: "a@example.test");
        await app.AddItemAsync(org, project, "Please add dark mode", "idea");
        await app.AddItemAsync(org, project, "Login works great now", "praise");

        async Task<List<string>> Messages(string query) =>
            (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?{query}", Ct))!["items"]!.AsArray()
                .Select(i => i!["message"]!.GetValue<string>()).ToList();

        (await Messages("q=login")).Should().HaveCount(2);
        (await Messages("q=login%20-safari")).Should().Equal("Login works great now");
        (await Messages("category=idea")).Should().Equal("Please add dark mode");
        (await Messages("hasEmail=true")).Should().Equal("The login page crashes on Safari");
        (await Messages("status=New,Triaged")).Should().HaveCount(3);
        (await Messages("status=Done")).Should().BeEmpty();
    }

    [Fact]
    public async Task Status_tags_reply_and_delete_work_on_one_item()
    {
        var (admin, org, project) = await ProjectAsync();
        var id = await app.AddItemAsync(org, project, "Checkout button is grey");

        using var patch = await admin.PatchAsJsonAsync($"/api/v1/orgs/{org}/feedback/{id}", new { status = "InProgress", tags = new[] { "Checkout", "checkout", "UI" } }, Ct);
        var patched = await patch.ReadJsonAsync();
        patched["status"]!.GetValue<string>().Should().Be("InProgress");
        patched["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("checkout", "ui");

        using var reply = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/feedback/{id}/messages", new { body = "Thanks, fixing it <b>today</b>" }, Ct);
        reply.StatusCode.Should().Be(HttpStatusCode.Created);
        var detail = await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{id}", Ct);
        detail!["messages"]!.AsArray().Select(m => m!["author"]!.GetValue<string>()).Should().Equal("Submitter", "Admin");
        detail["messages"]![1]!["body"]!.GetValue<string>().Should().Be("Thanks, fixing it <b>today</b>");

        (await admin.DeleteAsync($"/api/v1/orgs/{org}/feedback/{id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/v1/orgs/{org}/feedback/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Csv_export_is_escaped_and_defuses_formulas()
    {
        var (admin, org, project) = await ProjectAsync();
        await app.AddItemAsync(org, project, "=HYPERLINK(\"http://evil\",\"click\")");
        await app.AddItemAsync(org, project, "line one\nline, two");
        using var response = await admin.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback/export.csv", Ct);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var csv = await response.Content.ReadAsStringAsync(Ct);
        csv.Should().StartWith("id,created_at,status,category,email,message");
        csv.Should().Contain("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"");
        csv.Should().Contain("\"line one\nline, two\"");
    }

    [Theory]
    [InlineData("status=Bogus", "status")]
    [InlineData("status=1", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("q=a%00b", "q")]
    public async Task Bad_list_parameters_are_400(string query, string field)
    {
        var (admin, org, project) = await ProjectAsync();
        using var response = await admin.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback?{query}", Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Should().ContainKey(field);
    }

    [Fact]
    public async Task Another_organization_gets_404_for_every_feedback_route()
    {
        var (admin, org, project) = await ProjectAsync();
        var id = await app.AddItemAsync(org, project, "secret feedback");
        var mine = await admin.CreateOrganizationAsync("Snoopers");
        using var outsider = await app.CreateMemberClientAsync(admin, mine, "Owner");
        foreach (var (method, path, body) in new (string, string, string?)[]
        {
            ("GET", $"/api/v1/orgs/{org}/projects/{project}/feedback", null),
            ("GET", $"/api/v1/orgs/{org}/projects/{project}/feedback/export.csv", null),
            ("GET", $"/api/v1/orgs/{org}/feedback/{id}", null),
            ("PATCH", $"/api/v1/orgs/{org}/feedback/{id}", "{\"status\":\"Spam\"}"),
            ("DELETE", $"/api/v1/orgs/{org}/feedback/{id}", null),
            ("POST", $"/api/v1/orgs/{org}/feedback/{id}/messages", "{\"body\":\"hi\"}"),
            ("GET", $"/api/v1/orgs/{mine}/feedback/{id}", null),
            ("GET", $"/api/v1/orgs/{mine}/projects/{project}/feedback", null),
        })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : ZeronApi.Json(body) };
            var problem = await (await outsider.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            problem.ToJsonString().Should().NotContain("secret");
        }

        var detail = await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{id}", Ct);
        detail!["item"]!["status"]!.GetValue<string>().Should().Be("New");
        detail["messages"]!.AsArray().Should().ContainSingle();
    }

    private async Task<(HttpClient Admin, Guid Org, Guid Project)> ProjectAsync()
    {
        var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Feedback API");
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Site" }, Ct);
        return (admin, org, (await created.ReadJsonAsync())["id"]!.GetValue<Guid>());
    }
}
