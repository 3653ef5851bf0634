using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Triage;

/// <summary>With no LLM provider configured: nothing is queued, the pages say "AI is off", and the rest works (filters too).</summary>
public sealed class TriageAiOffTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_submission_is_handled_without_a_triage_job()
    {
        var (browser, _, org, project) = await AdminPages.OrganizationWithProjectAsync(app, "AI off", "Shop");
        var key = await KeyAsync(org, project);

        await using var scope = app.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var submitted = (await sender.Send(new SubmitFeedbackCommand(key, null, Guid.NewGuid().ToString("N"), "Search is slow", "bug", null, null, null, null, null), Ct)).Value.Feedback;

        await using var db = await app.OpenDatabaseAsync();
        const string unhandled =
            "SELECT (SELECT count(*) FROM feedback.outbox_messages WHERE processed_at IS NULL AND payload->>'projectId' = @id::text) " +
            "+ (SELECT count(*) FROM feedback.inbox_messages WHERE processed_at IS NULL AND payload->>'projectId' = @id::text)";
        await Poll.UntilAsync(async () => await db.ScalarAsync<long>(unhandled, ("id", project)) == 0, TimeSpan.FromSeconds(30));
        (await db.ScalarAsync<long>(unhandled, ("id", project))).Should().Be(0, "the event was handled (webhooks, triage scheduling)");
        (await db.ScalarAsync<long>("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%TriageJob%' AND arguments::text LIKE @item",
            ("item", $"%{submitted.Id}%"))).Should().Be(0, "AI is off: no job is queued");

        var item = (await sender.Send(new GetFeedbackItemQuery(org, submitted.Id), Ct)).Value.Item;
        item.Triage.Should().BeNull();
        var page = await browser.GetStringAsync($"/admin/feedback/items/{submitted.Id}", Ct);
        page.Should().Contain("AI is off for this organization").And.Contain("Search is slow");
    }

    [Fact]
    public async Task The_inbox_says_ai_is_off_shows_earlier_triage_and_filters_by_it()
    {
        var (browser, _, org, project) = await AdminPages.OrganizationWithProjectAsync(app, "AI off inbox", "Shop");
        await app.AddTriagedItemAsync(org, project, "triaged before AI was turned off", FeedbackPriority.Urgent, -0.8);
        await app.AddItemAsync(org, project, "never triaged");

        var inbox = await browser.GetStringAsync("/admin/feedback/inbox", Ct);
        inbox.Should().Contain("data-testid=\"triage-off\">AI is off<").And.Contain("Title of triaged before AI was turned off");
        inbox.Should().Contain("<label for=\"f-priority\">Priority</label>").And.Contain("<label for=\"f-sentiment\">Sentiment</label>");

        var urgent = await browser.GetStringAsync("/admin/feedback/inbox?priority=urgent&sentiment=negative", Ct);
        urgent.Should().Contain("triaged before AI was turned off").And.NotContain("never triaged");
        urgent.Should().Contain("<option value=\"urgent\" selected=\"selected\">Urgent</option>");
        (await browser.GetStringAsync("/admin/feedback/inbox?sentiment=positive", Ct)).Should().Contain("No feedback matches.");
    }

    private async Task<string> KeyAsync(Guid org, Guid project)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new Zeron.Feedback.Contracts.Projects.GetProjectQuery(org, project), Ct);
        return result.Value.PublicKey;
    }
}
