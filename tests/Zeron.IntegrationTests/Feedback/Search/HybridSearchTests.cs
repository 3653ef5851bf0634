using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.SearchFeedback;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Search;
using Zeron.Tests.Shared;
using static Zeron.IntegrationTests.Feedback.Search.SearchSeed;

namespace Zeron.IntegrationTests.Feedback.Search;

/// <summary>
/// The shared kernel's hybrid search on the real feedback table, with vectors the test chooses: the scope filters inside
/// the nearest-neighbour scan (exact and through the HNSW index), and the two lists fuse with what found each hit.
/// </summary>
public sealed class HybridSearchTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0)] // always through the HNSW index (iterative scan)
    [InlineData(2_000)] // the default: this project is small, so an exact scan
    public async Task A_small_project_gets_its_own_neighbours_among_thousands_of_closer_rows_of_others(int exactScanBelow)
    {
        var (api, org, project) = await app.NewProjectAsync("Small project");
        var mine = await app.AddEmbeddedAsync(org, project, Enumerable.Range(0, 5).Select(i => new Row($"mine {i}", Unit(0, 1 + i, 1.5f))));
        // Thousands of rows nearer to the query: in another project of the same organization, and in another organization.
        var sibling = await api.NewProjectAsync(org);
        await app.AddEmbeddedAsync(org, sibling, Enumerable.Range(0, 2_000).Select(i => new Row($"sibling {i}", Unit(0, 10 + i % 300, 0.05f))));
        var (_, otherOrg, otherProject) = await app.NewProjectAsync("Crowded neighbour");
        await app.AddEmbeddedAsync(otherOrg, otherProject, Enumerable.Range(0, 2_000).Select(i => new Row($"other {i}", Unit(0, 10 + i % 300, 0.04f))));

        var found = await NearestAsync(org, project, Unit(0), limit: 10, new VectorScanOptions { ExactScanBelow = exactScanBelow });

        found.Select(n => n.Key).Should().BeEquivalentTo(mine, "the scope is filtered inside the scan, not after a global top-k");
        found.Should().OnlyContain(n => n.Similarity > 0.5 && n.Similarity < 0.6);
    }

    [Fact]
    public async Task Fusion_says_which_list_found_each_hit_and_ranks_hits_of_both_first()
    {
        var (_, org, project) = await app.NewProjectAsync("Fusion");
        var ids = await app.AddEmbeddedAsync(org, project,
        [
            new Row("The checkout page is slow", Unit(0, 7, 0.1f)),
            new Row("Cannot pay at all", Unit(0, 8, 0.3f)),
            new Row("Typo on the checkout footer", Unit(9)),
            new Row("Lovely colours", Unit(10)),
            new Row("Checkout crashes, not embedded yet", null),
        ]);

        var result = await SearchAsync(new HybridSearchRequest(new SearchScope(org, project), "checkout", Unit(0), Model, 10) { MinSimilarity = 0.5 });

        result.Semantic.Should().BeTrue();
        result.Hits[0].Should().BeEquivalentTo(new { Key = ids[0], Semantic = true, Keyword = true });
        result.Hits.Should().ContainSingle(h => h.Key == ids[1] && h.Semantic && !h.Keyword);
        result.Hits.Should().ContainSingle(h => h.Key == ids[2] && !h.Semantic && h.Keyword, "too far in meaning for the semantic list, found by its words");
        result.Hits.Should().ContainSingle(h => h.Key == ids[4] && !h.Semantic && h.Keyword, "an item not embedded yet is still found by its words");
        result.Hits.Select(h => h.Key).Should().NotContain(ids[3]);
        result.Hits[0].Score.Should().BeGreaterThan(1.0 / 61, "first by meaning plus its rank by words");
        result.Hits.Skip(1).Should().OnlyContain(h => h.Score <= 1.0 / 61, "found by one list each");
    }

    [Fact]
    public async Task Without_a_query_vector_it_ranks_by_words_alone_and_rows_of_another_model_never_join_the_semantic_list()
    {
        var (_, org, project) = await app.NewProjectAsync("Words only");
        var ids = await app.AddEmbeddedAsync(org, project, [new Row("Export to CSV breaks", Unit(0)), new Row("Exports time out", Unit(0), Model: "old/model")]);

        var wordsOnly = await SearchAsync(new HybridSearchRequest(new SearchScope(org, project), "export", null, null, 10));
        var semantic = await SearchAsync(new HybridSearchRequest(new SearchScope(org, project), "nothing matches these words", Unit(0), Model, 10));

        wordsOnly.Semantic.Should().BeFalse();
        wordsOnly.Hits.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Key = ids[0], Semantic = false, Keyword = true });
        semantic.Hits.Select(h => h.Key).Should().Equal(ids[0]);
    }

    [Fact]
    public async Task The_keyword_function_ranks_as_the_plain_query_does_and_answers_only_for_the_transactions_organization()
    {
        var (_, org, project) = await app.NewProjectAsync("Words by function");
        await app.AddEmbeddedAsync(org, project,
            [new Row("Checkout is slow", null), new Row("Checkout is slow, checkout is broken", null), new Row("Dark mode please", null)]);
        var (_, otherOrg, otherProject) = await app.NewProjectAsync("Other words");
        var theirs = await app.AddEmbeddedAsync(otherOrg, otherProject, [new Row("Checkout is slow here too", null)]);
        var request = new HybridSearchRequest(new SearchScope(org, project), "checkout slow", null, null, 10);

        var byFunction = await SearchAsync(request);
        var plain = await SearchAsync(request, FeedbackSearchTable.Items with { KeywordFunction = null });

        FeedbackSearchTable.Items.KeywordFunction.Should().NotBeNull();
        byFunction.Hits.Should().HaveCount(2);
        byFunction.Hits.Select(h => h.Key).Should().Equal(plain.Hits.Select(h => h.Key));
        // The function runs as its owner, which may bypass row-level security: it must filter by the organization itself.
        (await WordsByFunctionAsync(org, otherOrg, otherProject)).Should().BeEmpty("another organization's project, asked for by value");
        (await WordsByFunctionAsync(null, otherOrg, otherProject)).Should().BeEmpty("no organization set in the transaction");
        (await WordsByFunctionAsync(otherOrg, otherOrg, otherProject)).Should().Equal(theirs);
    }

    private async Task<List<Guid>> WordsByFunctionAsync(Guid? transactionOrganization, Guid org, Guid project)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var query = db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM feedback.feedback_items_by_words('checkout', 10, {org}, {project})");
        return transactionOrganization is { } tenant
            ? await db.InTenantTransactionAsync(tenant, () => query.ToListAsync(Ct), Ct)
            : await query.ToListAsync(Ct);
    }

    private async Task<IReadOnlyList<Neighbour<Guid>>> NearestAsync(Guid org, Guid project, float[] vector, int limit, VectorScanOptions options)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        return await db.InTenantTransactionAsync(org, () =>
            db.NearestAsync<Guid>(FeedbackSearchTable.Items, new SearchScope(org, project), vector, Model, limit, null, options, Ct), Ct);
    }

    private async Task<HybridSearchResult<Guid>> SearchAsync(HybridSearchRequest request, SearchTable? table = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        return await db.InTenantTransactionAsync((Guid)request.Scope.Values[0], () =>
            db.SearchAsync<Guid>(table ?? FeedbackSearchTable.Items, request, VectorScanOptions.Default, Ct), Ct);
    }
}
