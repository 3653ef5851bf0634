using System.Net;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Feedback.Features.SubmitFeedback;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>
/// The one-round-trip way in: after a first submission the app remembers the project (<see cref="KnownProjects"/>),
/// and later submissions insert at once, guarded by the project's row version. Whatever changes the project changes
/// the answer at once, on every instance, and the rows still land in the key's organization, all three or none.
/// </summary>
public sealed class WidgetKnownProjectsTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private const string Shop = "https://shop.example.com";

    [Fact]
    public async Task A_remembered_project_stores_the_item_its_message_and_its_event_in_the_keys_organization()
    {
        var project = await RememberedProjectAsync();
        using var client = WidgetClient.Create(app);

        using var response = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "second", extra: "\"category\":\"Bug\""), Shop);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
        (await project.ScalarAsync<string>(
            $"SELECT f.category || ':' || (f.organization_id = p.organization_id) || ':' || m.author || ':' || (m.organization_id = p.organization_id) " +
            $"FROM feedback.feedback_items f JOIN feedback.projects p ON p.id = f.project_id " +
            $"JOIN feedback.conversation_messages m ON m.feedback_item_id = f.id WHERE f.id = '{id}'"))
            .Should().Be("bug:true:Submitter:true");
        (await project.ScalarAsync<long>($"SELECT count(*) FROM feedback.outbox_messages WHERE payload->>'feedbackItemId' = '{id}' AND payload->>'organizationId' = '{project.OrganizationId}'"))
            .Should().Be(1);
        (await project.CountStoredAsync()).Should().Be(6, "two submissions, each an item, a message and an event");
    }

    [Fact]
    public async Task Racing_submissions_with_one_client_id_on_a_remembered_project_store_exactly_one_item()
    {
        var project = await RememberedProjectAsync();
        using var client = WidgetClient.Create(app);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "raced"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(9);
        (await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct().Should().ContainSingle();
        (await project.CountStoredAsync()).Should().Be(6, "the first submission and the winner, three rows each");
    }

    [Fact]
    public async Task A_rotated_key_is_404_at_once_and_the_new_key_works()
    {
        var project = await RememberedProjectAsync();
        var newKey = await project.RotateKeyAsync();
        using var client = WidgetClient.Create(app);

        await (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "old-key"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await client.SubmitAsync(newKey, WidgetClient.Body(newKey, "new-key"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await project.CountItemsAsync()).Should().Be(2);
    }

    [Fact]
    public async Task A_deleted_projects_key_is_404_at_once()
    {
        var project = await RememberedProjectAsync();
        await project.DeleteAsync();
        using var client = WidgetClient.Create(app);

        await (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "after-delete"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await project.CountItemsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task An_origin_or_category_taken_off_the_project_is_refused_at_once()
    {
        var project = await RememberedProjectAsync();
        await project.UpdateAsync(new { allowedOrigins = new[] { "https://other.example.com" }, categories = new[] { "idea", "other" } });
        using var client = WidgetClient.Create(app);

        await (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "removed-origin"), Shop)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var problem = await (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "removed-category", extra: "\"category\":\"bug\"")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Should().ContainKey("category");
        (await project.CountItemsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_key_rotated_on_another_instance_is_404_at_once_on_this_one()
    {
        var project = await RememberedProjectAsync();
        await using var replica = new Replica(app.DatabaseName);
        await replica.InitializeAsync();
        using var viaReplica = WidgetClient.Create(replica);
        (await viaReplica.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "replica-first"))).StatusCode.Should().Be(HttpStatusCode.Created);
        replica.Services.GetRequiredService<KnownProjects>().Find(project.Key).Should().NotBeNull();

        await project.RotateKeyAsync();

        await (await viaReplica.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "replica-old-key"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await project.CountItemsAsync()).Should().Be(2);
    }

    [Fact]
    public async Task A_remembered_project_of_the_wrong_organization_writes_nothing_there()
    {
        var project = await RememberedProjectAsync();
        var other = await WidgetProject.CreateAsync(app);
        var known = app.Services.GetRequiredService<KnownProjects>();
        // As if the memory were corrupt: right version, wrong tenant. Row-level security hides the project from that
        // tenant, so the guarded insert stores nothing and the careful way stores the item where it belongs.
        known.Remember(project.Key, known.Find(project.Key)! with { OrganizationId = other.OrganizationId });
        using var client = WidgetClient.Create(app);

        (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "forged"))).StatusCode.Should().Be(HttpStatusCode.Created);

        (await project.CountStoredAsync()).Should().Be(6);
        (await other.ScalarAsync<long>($"SELECT count(*) FROM feedback.feedback_items WHERE organization_id = '{other.OrganizationId}'")).Should().Be(0);
        known.Find(project.Key)!.OrganizationId.Should().Be(project.OrganizationId, "the careful way remembers what it read");
    }

    /// <summary>A project (allowing the shop's origin) after one submission, so the app remembers it.</summary>
    private async Task<WidgetProject> RememberedProjectAsync()
    {
        var project = await WidgetProject.CreateAsync(app, [Shop]);
        using var client = WidgetClient.Create(app);
        (await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, "first"), Shop)).StatusCode.Should().Be(HttpStatusCode.Created);
        app.Services.GetRequiredService<KnownProjects>().Find(project.Key).Should().NotBeNull();
        return project;
    }

    /// <summary>A second instance on the same database, as when the app is scaled out.</summary>
    private sealed class Replica(string database) : ZeronAppFactory(database, ownsDatabase: false);
}
