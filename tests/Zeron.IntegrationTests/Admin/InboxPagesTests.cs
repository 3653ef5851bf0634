using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Admin;

/// <summary>The admin inbox over HTTP as a signed-in admin: search, bulk status, reply, duplicates, export, erasure.</summary>
public sealed class InboxPagesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_bulk_status_and_csv_export()
    {
        var (browser, api, org, project) = await SetUpAsync();
        var crash = await app.AddItemAsync(org, project, "The app crashes on upload");
        var idea = await app.AddItemAsync(org, project, "Idea: bulk upload of photos");
        await app.AddItemAsync(org, project, "Love the new design");

        var found = await browser.GetStringAsync($"/admin/feedback/inbox?q=upload&project={project}", Ct);
        found.Should().Contain("The app crashes on upload").And.Contain("bulk upload of photos").And.NotContain("Love the new design");

        var token = await AdminSignIn.AntiforgeryTokenAsync(browser, "/admin/feedback/inbox");
        using var bulk = await browser.PostAsync("/admin/feedback/inbox?handler=BulkStatus", new FormUrlEncodedContent(
            [new("selected", crash.ToString()), new("selected", idea.ToString()), new("bulkStatus", "Triaged"), new("__RequestVerificationToken", token)]), Ct);
        bulk.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var triaged = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?status=Triaged", Ct);
        triaged!["items"]!.AsArray().Should().HaveCount(2);

        var csv = await browser.GetStringAsync($"/admin/feedback/inbox/export.csv?project={project}&status=Triaged", Ct);
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3, "a header and the two triaged items");
    }

    [Fact]
    public async Task Reply_and_reversible_duplicate_marking_on_the_item_page()
    {
        var (browser, api, org, project) = await SetUpAsync();
        var survivor = await app.AddItemAsync(org, project, "Search is slow");
        var duplicate = await app.AddItemAsync(org, project, "search takes forever");

        await PostItemAsync(browser, duplicate, "Reply", ("body", "We are on it"));
        await PostItemAsync(browser, duplicate, "Duplicate", ("duplicateOf", survivor.ToString()));
        (await browser.GetStringAsync($"/admin/feedback/items/{survivor}", Ct)).Should().Contain($"<a href=\"/admin/feedback/items/{duplicate}\">search takes forever</a>");
        var detail = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{duplicate}", Ct);
        detail!["item"]!["duplicateOfId"]!.GetValue<Guid>().Should().Be(survivor);
        detail["messages"]!.AsArray().Select(m => m!["body"]!.GetValue<string>()).Should().Contain("We are on it");

        // A value that is no item's id, or none at all, is refused and leaves the link as it was (it used to clear it).
        foreach (var bad in new[] { "", "not-an-id", Guid.NewGuid().ToString() })
        {
            await PostItemAsync(browser, duplicate, "Duplicate", ("duplicateOf", bad));
            (await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{duplicate}", Ct))!["item"]!["duplicateOfId"]!.GetValue<Guid>().Should().Be(survivor, bad);
            (await browser.GetStringAsync($"/admin/feedback/items/{duplicate}", Ct)).Should().Contain("data-testid=\"item-problem\"", bad);
        }

        await PostItemAsync(browser, duplicate, "NotDuplicate");
        (await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{duplicate}", Ct))!["item"]!["duplicateOfId"].Should().BeNull();
        (await browser.GetStringAsync($"/admin/feedback/items/{survivor}", Ct)).Should().NotContain("Duplicates of this");
    }

    [Fact]
    public async Task Erasing_a_submitter_removes_all_their_items_and_nothing_else()
    {
        var (browser, api, org, project) = await SetUpAsync();
        await app.AddItemAsync(org, project, "first", email: "Gone@Example.test");
        await app.AddItemAsync(org, project, "second", email: "gone@example.test");
        await app.AddItemAsync(org, project, "keep me", email: "gone_x@example.test");
        var token = await AdminSignIn.AntiforgeryTokenAsync(browser, "/admin/feedback/inbox");
        using var erase = await browser.PostAsync("/admin/feedback/erase", new FormUrlEncodedContent(
            [new("email", "gone@example.test"), new("__RequestVerificationToken", token)]), Ct);
        erase.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var left = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback", Ct);
        left!["items"]!.AsArray().Select(i => i!["message"]!.GetValue<string>()).Should().Equal("keep me");
    }

    private static async Task PostItemAsync(HttpClient browser, Guid id, string handler, params (string Name, string Value)[] fields)
    {
        var token = await AdminSignIn.AntiforgeryTokenAsync(browser, $"/admin/feedback/items/{id}");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        using var response = await browser.PostAsync($"/admin/feedback/items/{id}?handler={handler}", new FormUrlEncodedContent(form), Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>A fresh organization selected in the admin UI (org cookie), with one project.</summary>
    private Task<(HttpClient Browser, HttpClient Api, Guid Org, Guid Project)> SetUpAsync() =>
        AdminPages.OrganizationWithProjectAsync(app, "Inbox Org", "Inbox site");
}
