using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;
using static Zeron.IntegrationTests.Feedback.Search.SearchSeed;

namespace Zeron.IntegrationTests.Feedback.Search;

/// <summary>
/// <c>GET /feedback/{id}/similar</c> (same project only, never itself, pending before the embedding) and the possible
/// duplicate the list and the item carry (the most similar older item, above the threshold, until marked).
/// </summary>
public sealed class SimilarAndDuplicatesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Similar_lists_the_nearest_items_of_the_same_project_never_itself_nor_other_projects()
    {
        var (api, org, project) = await app.NewProjectAsync("Similar");
        var ids = await app.AddEmbeddedAsync(org, project,
            [new Row("a", Unit(0)), new Row("b", Unit(0, 1, 0.2f)), new Row("c", Unit(0, 2, 1f)), new Row("d", Unit(5)), new Row("e", null)]);
        var elsewhere = await api.NewProjectAsync(org);
        await app.AddEmbeddedAsync(org, elsewhere, [new Row("a twin elsewhere", Unit(0))]);

        var body = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{ids[0]}/similar?limit=3", Ct);

        body!["pending"]!.GetValue<bool>().Should().BeFalse();
        var items = body["items"]!.AsArray();
        items.Select(i => i!["item"]!["id"]!.GetValue<Guid>()).Should().Equal(ids[1], ids[2], ids[3]);
        items.Select(i => i!["similarity"]!.GetValue<double>()).Should().Equal(0.9806, 0.7071, 0);
    }

    [Fact]
    public async Task An_item_not_embedded_yet_is_pending_and_another_organizations_item_is_a_404()
    {
        var (api, org, project) = await app.NewProjectAsync("Similar pending");
        var ids = await app.AddEmbeddedAsync(org, project, [new Row("not yet", null), new Row("embedded", Unit(0))]);
        var (_, otherOrg, otherProject) = await app.NewProjectAsync("Similar other");
        var theirs = await app.AddEmbeddedAsync(otherOrg, otherProject, [new Row("theirs", Unit(0))]);

        var pending = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{ids[0]}/similar", Ct);
        using var other = await api.GetAsync($"/api/v1/orgs/{org}/feedback/{theirs[0]}/similar", Ct);
        using var badLimit = await api.GetAsync($"/api/v1/orgs/{org}/feedback/{ids[1]}/similar?limit=0", Ct);

        pending!["pending"]!.GetValue<bool>().Should().BeTrue();
        pending["items"]!.AsArray().Should().BeEmpty();
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        badLimit.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_newer_item_near_an_older_one_is_a_possible_duplicate_until_it_is_marked()
    {
        var (api, org, project) = await app.NewProjectAsync("Possible duplicates");
        var ids = await app.AddEmbeddedAsync(org, project,
            [new Row("original", Unit(0)), new Row("near copy", Unit(0, 1, 0.1f)), new Row("only related", Unit(0, 2, 1f)), new Row("not embedded", null)]);

        var list = await ListAsync(api, org, project);
        list[ids[1]].Should().BeEquivalentTo(new { Id = ids[0], Similarity = 1.0 }, "0.995 rounds to 1.0 at two decimals");
        list[ids[0]].Should().BeNull("nothing older to duplicate");
        list[ids[2]].Should().BeNull("0.71 is below the threshold");
        list[ids[3]].Should().BeNull();
        var detail = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{ids[1]}", Ct);
        detail!["item"]!["possibleDuplicate"]!["id"]!.GetValue<Guid>().Should().Be(ids[0]);

        using var marked = await api.PatchAsJsonAsync($"/api/v1/orgs/{org}/feedback/{ids[1]}", new { duplicateOfId = ids[0] }, Ct);
        marked.EnsureSuccessStatusCode();

        (await ListAsync(api, org, project))[ids[1]].Should().BeNull("marked as the duplicate it was");
    }

    private sealed record Candidate(Guid Id, double Similarity);

    private static async Task<Dictionary<Guid, Candidate?>> ListAsync(HttpClient api, Guid org, Guid project)
    {
        var page = await api.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback", Ct);
        return page!["items"]!.AsArray().ToDictionary(i => i!["id"]!.GetValue<Guid>(), i => i!["possibleDuplicate"] is JsonObject p
            ? new Candidate(p["id"]!.GetValue<Guid>(), p["similarity"]!.GetValue<double>())
            : null);
    }
}
