using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>Submissions: idempotent by client id (also when raced), the body key rules, the honeypot.</summary>
public sealed class WidgetSubmitTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_submission_is_201_and_the_same_client_id_again_is_200_with_the_same_result_and_one_row()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);

        using var first = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "client-1"));
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await first.ReadJsonAsync();
        created.Select(p => p.Key).Should().BeEquivalentTo("id", "conversationId", "conversationToken");

        using var again = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "client-1", "a different text"));
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.ReadJsonAsync()).ToJsonString().Should().Be(created.ToJsonString());
        (await project.CountItemsAsync()).Should().Be(1);
        (await project.ScalarAsync<string>("SELECT message FROM feedback.feedback_items WHERE project_id = @id")).Should().Be("The checkout button does nothing");
    }

    [Fact]
    public async Task Ten_concurrent_submissions_with_one_client_id_store_exactly_one_item()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "raced"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(9);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(Ct)));
        bodies.Distinct().Should().ContainSingle("every caller gets the winner's ids and token");
        (await project.CountItemsAsync()).Should().Be(1);
        (await project.ScalarAsync<long>("SELECT count(*) FROM feedback.outbox_messages WHERE payload->>'projectId' = @id::text")).Should().Be(1);
    }

    [Fact]
    public async Task A_filled_honeypot_gets_a_201_that_looks_real_and_nothing_is_stored()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);

        using var response = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "bot", extra: "\"website\":\"http://spam.example\""));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        body["conversationToken"]!.GetValue<string>().Should().HaveLength(43);
        (await project.CountStoredAsync()).Should().Be(0);
        (await client.GetAsync($"/api/widget/v1/conversations/{body["conversationId"]}?token={body["conversationToken"]}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_body_key_is_authoritative_and_must_match_the_query_key()
    {
        var project = await WidgetProject.CreateAsync(app);
        var other = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);

        var problem = await (await client.SubmitAsync(other.Key, WidgetClient.Body(project.Key, "k1"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Should().ContainKey("projectKey");
        (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "k2"), keyInQuery: false)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.SubmitAsync(project.Key, """{"clientId":"k3","message":"key only in the URL"}""")).StatusCode.Should().Be(HttpStatusCode.Created);

        (await project.CountItemsAsync()).Should().Be(2);
        (await other.CountItemsAsync()).Should().Be(0);
    }
}
