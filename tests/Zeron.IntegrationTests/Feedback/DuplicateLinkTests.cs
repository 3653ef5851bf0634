using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>
/// The duplicate link through <c>PATCH /feedback/{id}</c> (a bad original is a 400 naming <c>duplicateOfId</c> and
/// changes nothing; null unlinks; leaving it out keeps it) and the search for an original by part of its text.
/// </summary>
public sealed class DuplicateLinkTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Patch_links_keeps_and_unlinks_the_original()
    {
        var (api, org, project) = await ProjectAsync();
        var original = await app.AddItemAsync(org, project, "Checkout fails on Safari");
        var item = await app.AddItemAsync(org, project, "Cannot pay with Safari");

        (await PatchAsync(api, org, item, $$"""{"duplicateOfId":"{{original}}"}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await LinkAsync(api, org, item)).Should().Be(original);

        using (var statusOnly = await PatchAsync(api, org, item, """{"status":"Planned"}"""))
        {
            (await statusOnly.ReadJsonAsync())["duplicateOfId"]!.GetValue<Guid>().Should().Be(original, "a PATCH without duplicateOfId keeps the link");
        }

        (await PatchAsync(api, org, item, """{"duplicateOfId":null}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await LinkAsync(api, org, item)).Should().BeNull("an explicit null unlinks");

        var detail = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{original}", Ct);
        detail!["projectName"]!.GetValue<string>().Should().StartWith("Duplicates");
        detail["duplicates"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Patch_refuses_an_original_that_is_no_other_item_of_the_project_and_changes_nothing()
    {
        var (api, org, project) = await ProjectAsync();
        var original = await app.AddItemAsync(org, project, "Search is slow");
        var item = await app.AddItemAsync(org, project, "Search takes ages");
        var itsDuplicate = await app.AddItemAsync(org, project, "search is sluggish");
        (await PatchAsync(api, org, item, $$"""{"duplicateOfId":"{{original}}","tags":["search"]}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PatchAsync(api, org, itsDuplicate, $$"""{"duplicateOfId":"{{original}}"}""")).StatusCode.Should().Be(HttpStatusCode.OK);

        var (_, otherProject) = await ProjectAsync(api, org);
        var inOtherProject = await app.AddItemAsync(org, otherProject, "Search is slow there too");
        var otherOrg = await api.CreateOrganizationAsync("Duplicates elsewhere");
        using var otherOrgProject = await api.PostAsJsonAsync($"/api/v1/orgs/{otherOrg}/projects", new { name = "Elsewhere" }, Ct);
        var inOtherOrg = await app.AddItemAsync(otherOrg, (await otherOrgProject.ReadJsonAsync())["id"]!.GetValue<Guid>(), "Search is slow elsewhere");

        // Unknown, another project's, another organization's, the item itself, and a cycle (the original into its own duplicate).
        foreach (var (subject, target, what) in new[]
        {
            (item, Guid.NewGuid(), "unknown"), (item, inOtherProject, "another project"), (item, inOtherOrg, "another organization"),
            (item, item, "itself"), (original, itsDuplicate, "a cycle"),
        })
        {
            using var refused = await PatchAsync(api, org, subject, $$"""{"duplicateOfId":"{{target}}","status":"Spam","tags":["changed"]}""");
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem["errors"]!["duplicateOfId"]!.AsArray().Should().ContainSingle(what);

            var after = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{subject}", Ct))!["item"]!;
            after["status"]!.GetValue<string>().Should().Be("New", what);
            after["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().NotContain("changed", what);
        }

        using (var notAnId = await PatchAsync(api, org, item, """{"duplicateOfId":"not-an-id","status":"Spam"}"""))
        {
            (await notAnId.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!["duplicateOfId"]!.AsArray().Should().ContainSingle();
        }

        (await LinkAsync(api, org, item)).Should().Be(original, "every refused PATCH left the link as it was");
        (await LinkAsync(api, org, original)).Should().BeNull();
        var detail = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{original}", Ct);
        detail!["duplicateCount"]!.GetValue<int>().Should().Be(2);
        detail["duplicates"]!.AsArray().Select(d => d!["id"]!.GetValue<Guid>()).Should().BeEquivalentTo([item, itsDuplicate]);
        (await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{item}", Ct))!["original"]!["message"]!.GetValue<string>().Should().Be("Search is slow");
    }

    [Fact]
    public async Task Candidates_are_originals_of_the_project_containing_the_text_never_the_item_or_its_duplicates()
    {
        var (api, org, project) = await ProjectAsync();
        var item = await app.AddItemAsync(org, project, "The checkout page is blank");
        var original = await app.AddItemAsync(org, project, "Checkout button does nothing");
        var duplicateOfOriginal = await app.AddItemAsync(org, project, "checkout: nothing happens");
        var ownDuplicate = await app.AddItemAsync(org, project, "checkout blank for me too");
        await app.AddItemAsync(org, project, "Love the new design");
        await app.AddItemAsync(org, project, "100% broken_checkout? no");
        (await PatchAsync(api, org, duplicateOfOriginal, $$"""{"duplicateOfId":"{{original}}"}""")).EnsureSuccessStatusCode();
        (await PatchAsync(api, org, ownDuplicate, $$"""{"duplicateOfId":"{{item}}"}""")).EnsureSuccessStatusCode();
        var (_, otherProject) = await ProjectAsync(api, org);
        await app.AddItemAsync(org, otherProject, "Checkout is broken elsewhere");

        var found = await FindAsync(org, item, "CHECKO");
        found.Select(c => c.Message).Should().BeEquivalentTo(["Checkout button does nothing", "100% broken_checkout? no"],
            "a fragment in any case finds the originals; a duplicate's match stands for its original; the item, its duplicates and other projects never show");
        (await FindAsync(org, item, "nothing happens")).Select(c => c.Id).Should().Equal([original], "the match was a duplicate: its original is offered");
        (await FindAsync(org, item, "0% broken_c")).Select(c => c.Message).Should().Equal(["100% broken_checkout? no"]);
        (await FindAsync(org, item, "k%n")).Should().BeEmpty("% is a literal, not any text (it would match \"Checkout button\")");
        (await FindAsync(org, item, "t_b")).Should().BeEmpty("_ is a literal, not any character (it would match \"Checkout button\")");
        (await FindAsync(org, item, "zebra")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "Type part of the original")]
    [InlineData("   ", "Type part of the original")]
    [InlineData("a\u0000b", "must not contain NUL")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    public async Task The_item_page_answers_a_search_it_cannot_run_or_that_finds_nothing_next_to_the_field(string find, string said)
    {
        var (api, org, project) = await ProjectAsync();
        var item = await app.AddItemAsync(org, project, "Search is slow");
        using var browser = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);

        using var page = await browser.GetAsync($"/admin/feedback/items/{item}?find={Uri.EscapeDataString(find)}", Ct);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync(Ct);
        html.Should().Contain("id=\"find-error\"").And.Contain(said).And.NotContain("<script>alert(1)</script>");
        (await LinkAsync(api, org, item)).Should().BeNull();
    }

    [Fact]
    public async Task The_item_page_refuses_a_search_longer_than_200_characters()
    {
        var (_, org, project) = await ProjectAsync();
        var item = await app.AddItemAsync(org, project, "Search is slow");
        using var browser = await AdminPages.SignedInAsync(app, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword, org);

        var html = await browser.GetStringAsync($"/admin/feedback/items/{item}?find={new string('s', 201)}", Ct);

        html.Should().Contain("at most 200 characters");
    }

    private async Task<IReadOnlyList<FeedbackItemSummaryDto>> FindAsync(Guid org, Guid item, string text)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new FindOriginalCandidatesQuery(org, item, text), Ct);
        return found.Value;
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient api, Guid org, Guid item, string json) =>
        await api.PatchAsync($"/api/v1/orgs/{org}/feedback/{item}", ZeronApi.Json(json), Ct);

    private static async Task<Guid?> LinkAsync(HttpClient api, Guid org, Guid item) =>
        (await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{item}", Ct))!["item"]!["duplicateOfId"]?.GetValue<Guid>();

    private async Task<(HttpClient Api, Guid Org, Guid Project)> ProjectAsync()
    {
        var api = await app.CreateAdminClientAsync();
        var org = await api.CreateOrganizationAsync("Duplicates");
        var (_, project) = await ProjectAsync(api, org);
        return (api, org, project);
    }

    private static async Task<(Guid Org, Guid Project)> ProjectAsync(HttpClient api, Guid org)
    {
        using var created = await api.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = $"Duplicates {Guid.NewGuid():N}" }, Ct);
        return (org, (await created.EnsureSuccessStatusCode().ReadJsonAsync())["id"]!.GetValue<Guid>());
    }
}
