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

/// <summary>What a submission stores, where (the key's organization), and the event it publishes.</summary>
public sealed class WidgetStorageTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Everything_is_stored_in_the_projects_organization_with_the_first_message_and_the_event()
    {
        var project = await WidgetProject.CreateAsync(app);
        var other = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/v1/feedback?key={project.Key}")
        {
            Content = new StringContent(WidgetClient.Body(project.Key, "full", extra:
                "\"email\":\"ann@example.com\",\"pageUrl\":\"https://shop.example.com/cart?x=1\"," +
                "\"metadata\":{\"plan\":\"pro\",\"seats\":3,\"anonymousId\":\"anon-7\",\"tags\":[\"a\",\"b\"]}"),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 " + new string('x', 600));
        using var response = await client.SendAsync(request, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var itemId = (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();

        await using var db = await app.OpenDatabaseAsync();
        await using var read = new NpgsqlCommand(
            "SELECT organization_id, category, submitter_email, page_url, length(user_agent), metadata->>'plan', anonymous_id, status FROM feedback.feedback_items WHERE id = @id", db);
        read.Parameters.AddWithValue("id", itemId);
        await using (var row = await read.ExecuteReaderAsync(Ct))
        {
            (await row.ReadAsync(Ct)).Should().BeTrue();
            row.GetGuid(0).Should().Be(project.OrganizationId, "a key writes only into its own organization");
            row.GetString(1).Should().Be("other", "no category given and the project has 'other'");
            row.GetString(2).Should().Be("ann@example.com");
            row.GetString(3).Should().Be("https://shop.example.com/cart?x=1");
            row.GetInt32(4).Should().Be(512);
            row.GetString(5).Should().Be("pro");
            row.GetString(6).Should().Be("anon-7");
            row.GetString(7).Should().Be("New");
        }

        (await project.ScalarAsync<string>("SELECT m.author || ':' || m.body || ':' || (m.organization_id = f.organization_id) FROM feedback.conversation_messages m JOIN feedback.feedback_items f ON f.id = m.feedback_item_id WHERE f.project_id = @id"))
            .Should().Be("Submitter:The checkout button does nothing:true");
        var payload = JsonNode.Parse(await project.ScalarAsync<string>("SELECT payload::text FROM feedback.outbox_messages WHERE payload->>'projectId' = @id::text"))!;
        payload["organizationId"]!.GetValue<Guid>().Should().Be(project.OrganizationId);
        payload["feedbackItemId"]!.GetValue<Guid>().Should().Be(itemId);
        payload["category"]!.GetValue<string>().Should().Be("other");
        (await other.CountItemsAsync()).Should().Be(0);
        (await other.ScalarAsync<long>("SELECT count(*) FROM feedback.feedback_items WHERE organization_id = (SELECT organization_id FROM feedback.projects WHERE id = @id)")).Should().Be(0);
    }

    [Fact]
    public async Task The_outbox_delivers_feedback_received_without_errors()
    {
        var project = await WidgetProject.CreateAsync(app);
        using var client = WidgetClient.Create(app);
        (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "delivered"))).StatusCode.Should().Be(HttpStatusCode.Created);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ModuleEventsJob<FeedbackDbContext>>().RunAsync(Ct);
        }

        // Whether this run or the recurring job took it, the event ends up published, and handled by Feedback's
        // webhooks from its inbox, without an error.
        const string Delivered = "SELECT count(*) FROM feedback.outbox_messages WHERE payload->>'projectId' = @id::text AND processed_at IS NOT NULL AND last_error IS NULL";
        const string Handled = "SELECT count(*) FROM feedback.inbox_messages WHERE payload->>'projectId' = @id::text AND processed_at IS NOT NULL AND last_error IS NULL";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await project.ScalarAsync<long>(Delivered) == 0 || await project.ScalarAsync<long>(Handled) == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        (await project.ScalarAsync<long>(Delivered)).Should().Be(1);
        (await project.ScalarAsync<long>(Handled)).Should().Be(1);
    }

    [Fact]
    public async Task Categories_default_to_the_first_when_other_is_missing_match_case_insensitively_and_unknown_ones_are_400()
    {
        var project = await WidgetProject.CreateAsync(app, categories: ["bug", "idea"]);
        using var client = WidgetClient.Create(app);

        (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "c1"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "c2", extra: "\"category\":\"IDEA\""))).StatusCode.Should().Be(HttpStatusCode.Created);
        var problem = await (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "c3", extra: "\"category\":\"other\""))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Should().ContainKey("category");
        (await project.ScalarAsync<string>("SELECT string_agg(category, ',' ORDER BY client_id) FROM feedback.feedback_items WHERE project_id = @id")).Should().Be("bug,idea");
    }
}
