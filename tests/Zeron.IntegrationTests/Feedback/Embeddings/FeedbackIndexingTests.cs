using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Embeddings;

/// <summary>
/// Feedback gets embedded off the request path with the real local model: new items by the job its event queues,
/// stale and unembedded ones by the reindex, in batches, each organization's only under its own tenant context.
/// </summary>
public sealed class FeedbackIndexingTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Model = "local/all-MiniLM-L6-v2";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_feedback_from_the_widget_is_embedded_by_the_job_with_a_unit_vector_of_the_current_model()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (org, project, key) = await ProjectAsync(admin);
        using var widget = WidgetClient.Create(app);
        using (var created = await widget.SubmitAsync(key, WidgetClient.Body(key, Guid.NewGuid().ToString("N"), "Search results load forever on the pricing page")))
        {
            created.EnsureSuccessStatusCode();
        }

        await Poll.UntilAsync(async () => (await ProgressAsync(admin, org, project))["embedded"]!.GetValue<int>() == 1, Bound);

        var progress = await ProgressAsync(admin, org, project);
        progress.ToJsonString().Should().Be($$"""{"total":1,"embedded":1,"model":"{{Model}}"}""");
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<int>("SELECT vector_dims(embedding) FROM feedback.feedback_items WHERE project_id = @p", ("p", project))).Should().Be(384);
        (await db.ScalarAsync<double>("SELECT vector_norm(embedding) FROM feedback.feedback_items WHERE project_id = @p", ("p", project)))
            .Should().BeApproximately(1.0, 1e-4);
    }

    [Fact]
    public async Task Reindex_embeds_more_items_than_one_batch_and_reports_the_progress()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (org, project, _) = await ProjectAsync(admin);
        for (var i = 0; i < 150; i++)
        {
            await app.AddItemAsync(org, project, $"Feedback number {i}: the export to CSV misses column {i % 7}");
        }

        using var posted = await admin.PostAsync(ReindexPath(org, project), null, Ct);

        posted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        posted.Headers.Location!.OriginalString.Should().Be(ReindexPath(org, project));
        (await posted.ReadJsonAsync()).ToJsonString().Should().Be($$"""{"total":150,"embedded":0,"model":"{{Model}}"}""");
        await Poll.UntilAsync(async () => (await ProgressAsync(admin, org, project))["embedded"]!.GetValue<int>() == 150, Bound);
        (await ProgressAsync(admin, org, project))["embedded"]!.GetValue<int>().Should().Be(150);
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<long>(
                "SELECT count(DISTINCT embedding) FROM feedback.feedback_items WHERE project_id = @p AND embedding_model = @m", ("p", project), ("m", Model)))
            .Should().Be(150, "each item gets the vector of its own text, not a neighbour's from the batch");
    }

    [Fact]
    public async Task Items_of_another_model_are_stale_and_the_reindex_re_embeds_them_with_the_current_one()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (org, project, _) = await ProjectAsync(admin);
        var first = await app.AddItemAsync(org, project, "Dark mode for the dashboard, please");
        await app.AddItemAsync(org, project, "The invoice PDF has the wrong VAT number");
        await using var db = await app.OpenDatabaseAsync();
        await db.ExecuteAsync(
            "UPDATE feedback.feedback_items SET embedding = array_fill(0.05, ARRAY[384])::real[]::vector, embedding_model = 'openai/text-embedding-3-small-384' WHERE project_id = @p",
            ("p", project));
        (await ProgressAsync(admin, org, project))["embedded"]!.GetValue<int>().Should().Be(0, "vectors of another model do not count");

        using (var posted = await admin.PostAsync(ReindexPath(org, project), null, Ct))
        {
            posted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        await Poll.UntilAsync(async () => (await ProgressAsync(admin, org, project))["embedded"]!.GetValue<int>() == 2, Bound);
        (await ProgressAsync(admin, org, project))["embedded"]!.GetValue<int>().Should().Be(2);
        (await db.ScalarAsync<double>("SELECT vector_norm(embedding) FROM feedback.feedback_items WHERE id = @id", ("id", first)))
            .Should().BeApproximately(1.0, 1e-4, "the old constant vector (norm 0.98) was replaced");
    }

    [Fact]
    public async Task One_organizations_reindex_never_embeds_or_counts_another_organizations_items()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (orgA, projectA, _) = await ProjectAsync(admin);
        var (orgB, projectB, _) = await ProjectAsync(admin);
        await app.AddItemAsync(orgA, projectA, "Checkout fails with a 500 after entering a coupon");
        await app.AddItemAsync(orgB, projectB, "Checkout fails with a 500 after entering a coupon");
        using var adminOfA = await app.CreateMemberClientAsync(admin, orgA, "Admin");

        using (var posted = await adminOfA.PostAsync(ReindexPath(orgA, projectA), null, Ct))
        {
            posted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        await Poll.UntilAsync(async () => (await ProgressAsync(admin, orgA, projectA))["embedded"]!.GetValue<int>() == 1, Bound);
        (await ProgressAsync(admin, orgA, projectA))["embedded"]!.GetValue<int>().Should().Be(1);
        (await ProgressAsync(admin, orgB, projectB)).ToJsonString().Should().Be($$"""{"total":1,"embedded":0,"model":"{{Model}}"}""");
        using (var foreign = await adminOfA.GetAsync(ReindexPath(orgB, projectB), Ct))
        {
            await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound); // not a member of B: B does not exist for them
        }

        using (var crossed = await adminOfA.PostAsync(ReindexPath(orgA, projectB), null, Ct))
        {
            await crossed.ShouldBeProblemAsync(HttpStatusCode.NotFound); // B's project under A's organization
        }
    }

    [Fact]
    public async Task Only_admins_and_owners_see_or_start_the_reindex()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (org, project, _) = await ProjectAsync(admin);
        using var member = await app.CreateMemberClientAsync(admin, org, "Member");

        using (var get = await member.GetAsync(ReindexPath(org, project), Ct))
        {
            await get.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var post = await member.PostAsync(ReindexPath(org, project), null, Ct))
        {
            await post.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using var unknown = await admin.GetAsync(ReindexPath(org, Guid.NewGuid()), Ct);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    internal static string ReindexPath(Guid org, Guid project) => $"/api/v1/orgs/{org}/projects/{project}/feedback/reindex";

    internal static async Task<JsonObject> ProgressAsync(HttpClient client, Guid org, Guid project)
    {
        using var response = await client.GetAsync(ReindexPath(org, project), Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.ReadJsonAsync();
    }

    internal static async Task<(Guid Org, Guid Project, string Key)> ProjectAsync(HttpClient admin)
    {
        var org = await admin.CreateOrganizationAsync($"Index {Guid.NewGuid():N}"[..24]);
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Shop" }, Ct);
        response.EnsureSuccessStatusCode();
        var created = await response.ReadJsonAsync();
        return (org, created["id"]!.GetValue<Guid>(), created["publicKey"]!.GetValue<string>());
    }
}
