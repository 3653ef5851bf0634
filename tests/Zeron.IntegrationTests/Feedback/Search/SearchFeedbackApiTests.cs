using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Search;

/// <summary>
/// <c>GET /projects/{projectId}/feedback/search</c> with the real local model: a paraphrase is found by meaning, words
/// by words, each hit says which; bad parameters are a 400 naming them; another organization's project is a 404.
/// </summary>
public sealed class SearchFeedbackApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_paraphrase_is_found_by_meaning_and_words_by_words()
    {
        var (api, org, project) = await app.NewProjectAsync("Search by meaning");
        var pay = await app.AddItemAsync(org, project, "The checkout button does nothing when I try to pay on my iPhone");
        var dark = await app.AddItemAsync(org, project, "Please add a dark mode to the dashboard");
        var export = await app.AddItemAsync(org, project, "Exporting the report to CSV fails with an error");
        var unembedded = await app.AddItemAsync(org, project, "The payment page shows a blank screen"); // not embedded yet: words only
        await app.EmbedAsync(org, [pay, dark, export]);

        var body = await SearchAsync(api, org, project, "payment is broken on iOS");

        body["semantic"]!.GetValue<bool>().Should().BeTrue();
        body["query"]!.GetValue<string>().Should().Be("payment is broken on iOS");
        var hits = body["items"]!.AsArray();
        Id(hits[0]!).Should().Be(pay, "no word in common, nearest in meaning");
        MatchedBy(hits[0]!).Should().Equal("semantic");
        hits[0]!["score"]!.GetValue<double>().Should().BeApproximately(1.0 / 61, 1e-6);
        hits.Select(h => Id(h!)).Should().NotContain(dark, "unrelated in meaning and words");

        var words = (await SearchAsync(api, org, project, "payment"))["items"]!.AsArray();
        words.Should().Contain(h => Id(h!) == unembedded && MatchedBy(h!).SequenceEqual(new[] { "keyword" }));
        hits.Should().OnlyContain(h => h!["item"]!["projectId"]!.GetValue<Guid>() == project);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=a&limit=0", "limit")]
    [InlineData("q=a&limit=51", "limit")]
    [InlineData("q=a%00b", "q")]
    [InlineData("q=a&limit=many", "limit")]
    public async Task Bad_parameters_are_a_400_naming_them(string query, string parameter)
    {
        var (api, org, project) = await app.NewProjectAsync("Search params");

        using var response = await api.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback/search?{query}", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).Should().Contain(parameter);
    }

    [Fact]
    public async Task A_query_of_501_characters_is_refused_and_500_are_searched()
    {
        var (api, org, project) = await app.NewProjectAsync("Search length");

        using var tooLong = await api.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback/search?q={new string('a', 501)}", Ct);
        using var longest = await api.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback/search?q={new string('a', 500)}", Ct);

        tooLong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        longest.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_organizations_project_is_a_404_and_its_items_never_show()
    {
        var (api, org, project) = await app.NewProjectAsync("Search mine");
        var (_, otherOrg, otherProject) = await app.NewProjectAsync("Search theirs");
        var theirs = await app.AddItemAsync(otherOrg, otherProject, "Checkout fails on Safari");
        await app.EmbedAsync(otherOrg, [theirs]);

        using var other = await api.GetAsync($"/api/v1/orgs/{org}/projects/{otherProject}/feedback/search?q=checkout", Ct);
        var mine = await SearchAsync(api, org, project, "Checkout fails on Safari");

        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        mine["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_member_may_search()
    {
        var (owner, org, project) = await app.NewProjectAsync("Search member");
        await app.AddItemAsync(org, project, "Login loops forever");
        using var member = await app.CreateMemberClientAsync(owner, org, "Member");

        var body = await SearchAsync(member, org, project, "login");

        body["items"]!.AsArray().Should().ContainSingle();
    }

    internal static async Task<JsonObject> SearchAsync(HttpClient api, Guid org, Guid project, string q)
    {
        using var response = await api.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback/search?q={Uri.EscapeDataString(q)}", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadJsonAsync();
    }

    internal static Guid Id(JsonNode hit) => hit["item"]!["id"]!.GetValue<Guid>();

    private static string[] MatchedBy(JsonNode hit) => hit["matchedBy"]!.AsArray().Select(m => m!.GetValue<string>()).ToArray();
}
