using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Triage;

/// <summary>The AI triage in the integrator API: the item's <c>triage</c>, the priority and sentiment filters, the CSV columns.</summary>
public sealed class TriageApiTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Items_carry_their_triage_or_null()
    {
        var (admin, org, project) = await ProjectAsync();
        var triaged = await app.AddItemAsync(org, project, "Checkout is broken");
        await app.TriageAsync(org, triaged, FeedbackPriority.Urgent, -0.6, title: "Checkout broken", category: "bug", language: "de");
        await app.AddItemAsync(org, project, "Not triaged");

        var items = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback", Ct))!["items"]!.AsArray();
        items.Single(i => i!["message"]!.GetValue<string>() == "Not triaged")!["triage"].Should().BeNull();
        var triage = items.Single(i => i!["id"]!.GetValue<Guid>() == triaged)!["triage"]!;
        triage["title"]!.GetValue<string>().Should().Be("Checkout broken");
        triage["category"]!.GetValue<string>().Should().Be("bug");
        triage["sentiment"]!.GetValue<double>().Should().Be(-0.6);
        triage["priority"]!.GetValue<string>().Should().Be("urgent");
        triage["language"]!.GetValue<string>().Should().Be("de");
        triage["triagedAt"]!.GetValue<DateTimeOffset>().Should().Be(TriageSeed.TriagedAt);

        var detail = await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/feedback/{triaged}", Ct);
        detail!["item"]!["triage"]!["priority"]!.GetValue<string>().Should().Be("urgent");
    }

    [Fact]
    public async Task Priority_and_sentiment_filter_the_list_with_the_documented_bounds()
    {
        var (admin, org, project) = await ProjectAsync();
        await app.AddTriagedItemAsync(org, project, "urgent negative", FeedbackPriority.Urgent, -0.26);
        await app.AddTriagedItemAsync(org, project, "low neutral top", FeedbackPriority.Low, 0.25);
        await app.AddTriagedItemAsync(org, project, "high positive", FeedbackPriority.High, 0.26);
        await app.AddTriagedItemAsync(org, project, "medium neutral bottom", FeedbackPriority.Medium, -0.25);
        await app.AddItemAsync(org, project, "untriaged");

        async Task<List<string>> Messages(string query) =>
            (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback?{query}", Ct))!["items"]!.AsArray()
                .Select(i => i!["message"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

        (await Messages("priority=urgent,high")).Should().Equal("high positive", "urgent negative");
        (await Messages("priority=URGENT&priority=low")).Should().Equal("low neutral top", "urgent negative");
        (await Messages("sentiment=negative")).Should().Equal("urgent negative");
        (await Messages("sentiment=neutral")).Should().Equal("low neutral top", "medium neutral bottom");
        (await Messages("sentiment=positive")).Should().Equal("high positive");
        (await Messages("priority=high&sentiment=negative")).Should().BeEmpty();
        (await Messages("")).Should().HaveCount(5, "without the filters untriaged items are listed too");
    }

    [Theory]
    [InlineData("priority=critical", "priority")]
    [InlineData("priority=high,1", "priority")]
    [InlineData("priority=high&priority=-1", "priority")]
    [InlineData("sentiment=angry", "sentiment")]
    [InlineData("sentiment=negative,positive", "sentiment")]
    [InlineData("sentiment=0", "sentiment")]
    public async Task Unknown_triage_filter_values_are_400_naming_the_parameter(string query, string parameter)
    {
        var (admin, org, project) = await ProjectAsync();
        foreach (var path in new[] { "feedback", "feedback/export.csv" })
        {
            using var response = await admin.GetAsync($"/api/v1/orgs/{org}/projects/{project}/{path}?{query}", Ct);
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal(parameter);
        }
    }

    [Fact]
    public async Task The_triage_filter_lists_only_the_callers_organization()
    {
        var (admin, org, project) = await ProjectAsync();
        await app.AddTriagedItemAsync(org, project, "ours, urgent", FeedbackPriority.Urgent, -0.9);
        var (_, other, otherProject) = await ProjectAsync();
        await app.AddTriagedItemAsync(other, otherProject, "theirs, urgent", FeedbackPriority.Urgent, -0.9);
        var urgent = new FeedbackFilter(null, null, null, null, null, null, [FeedbackPriority.Urgent], SentimentBand.Negative);

        await using var scope = app.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var everyProject = await sender.Send(new ListFeedbackQuery(org, null, urgent, null, 50), Ct);
        everyProject.Value.Items.Select(i => i.Message).Should().Equal("ours, urgent");
        var counts = await sender.Send(new CountFeedbackQuery(org, null, urgent, FeedbackSort.Newest, null), Ct);
        counts.Value.Matching.Should().Be(1);

        using var response = await admin.GetAsync($"/api/v1/orgs/{org}/projects/{otherProject}/feedback?priority=urgent", Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.ToJsonString().Should().NotContain("theirs");
    }

    [Fact]
    public async Task The_csv_export_has_the_triage_columns()
    {
        var (admin, org, project) = await ProjectAsync();
        var id = await app.AddItemAsync(org, project, "Dark mode please");
        await app.TriageAsync(org, id, FeedbackPriority.Low, 0.4, title: "=Dark mode, please", category: "idea", language: "en");
        await app.AddItemAsync(org, project, "untriaged");

        using var response = await admin.GetAsync($"/api/v1/orgs/{org}/projects/{project}/feedback/export.csv?sentiment=positive", Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().EndWith(",duplicate_of_id,ai_title,ai_category,ai_sentiment,ai_priority,ai_language,ai_triaged_at");
        lines.Should().HaveCount(2, "the filter applies to the export too");
        lines[1].Should().EndWith(",,\"'=Dark mode, please\",idea,0.4,low,en,2026-12-01T10:00:05Z");
    }

    private async Task<(HttpClient Admin, Guid Org, Guid Project)> ProjectAsync()
    {
        var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Triage API");
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Site" }, Ct);
        return (admin, org, (await created.ReadJsonAsync())["id"]!.GetValue<Guid>());
    }
}
