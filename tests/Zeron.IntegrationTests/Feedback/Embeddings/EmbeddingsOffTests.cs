using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;
using static Zeron.IntegrationTests.Feedback.Embeddings.FeedbackIndexingTests;

namespace Zeron.IntegrationTests.Feedback.Embeddings;

/// <summary>With <c>Zeron__Embeddings__Provider=off</c> feedback is still taken and kept, only not embedded; the API says embeddings are off.</summary>
public sealed class EmbeddingsOffTests(EmbeddingsOffTests.OffFactory app) : IClassFixture<EmbeddingsOffTests.OffFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feedback_is_stored_unembedded_the_progress_names_no_model_and_a_reindex_is_a_conflict()
    {
        using var admin = await app.CreateAdminClientAsync();
        var (org, project, key) = await ProjectAsync(admin);
        using var widget = WidgetClient.Create(app);
        using (var created = await widget.SubmitAsync(key, WidgetClient.Body(key, Guid.NewGuid().ToString("N"), "Please add SSO with Okta")))
        {
            created.EnsureSuccessStatusCode();
        }

        (await ProgressAsync(admin, org, project)).ToJsonString().Should().Be("""{"total":1,"embedded":0,"model":null}""");
        using var posted = await admin.PostAsync(ReindexPath(org, project), null, Ct);
        var problem = await posted.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem["code"]!.GetValue<string>().Should().Be("embeddings.off");
        await using var db = await app.OpenDatabaseAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.feedback_items WHERE project_id = @p AND embedding IS NULL", ("p", project)))
            .Should().Be(1, "the item is kept, to be embedded once a provider is on");
    }

    public sealed class OffFactory : ZeronAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Zeron:Embeddings:Provider"] = "off" };
    }
}
