using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;
using Zeron.Feedback.Data;
using Zeron.Feedback.EventHandlers;
using Zeron.SharedKernel.Outbox;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>
/// First run: Accounts seeds the Demo organization, its <c>OrganizationCreated</c> travels through the outbox into Feedback's inbox, Feedback
/// gives it a "Demo site" project (once, however often the event arrives), and <c>/demo</c> embeds that project's widget.
/// </summary>
public sealed class DemoSeedingTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_organization_gets_a_demo_site_project_through_the_outbox()
    {
        var (_, project) = await WaitForDemoProjectAsync();

        project["name"]!.GetValue<string>().Should().Be("Demo site");
        project["publicKey"]!.GetValue<string>().Should().MatchRegex("^pk_[A-Za-z0-9]{24}$");
        project["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()).Should().Equal("http://127.0.0.1:5080", "http://localhost:5080");
    }

    [Fact]
    public async Task Redelivered_and_concurrent_events_still_leave_one_demo_project()
    {
        var (demo, _) = await WaitForDemoProjectAsync();
        await using (var db = await app.OpenDatabaseAsync())
        {
            await using var reset = new Npgsql.NpgsqlCommand("UPDATE accounts.outbox_messages SET processed_at = NULL WHERE payload->>'slug' = 'demo'", db);
            (await reset.ExecuteNonQueryAsync(Ct)).Should().Be(1);
        }

        await DispatchAccountsOutboxAsync();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PublishDemoCreatedAsync(demo)));

        (await ProjectsAsync(demo)).Should().ContainSingle();
    }

    [Fact]
    public async Task Other_organizations_get_no_project()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync("Not The Demo");
        await DispatchAccountsOutboxAsync();

        (await ProjectsAsync(org)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_demo_page_embeds_the_widget_of_the_demo_project()
    {
        var (_, project) = await WaitForDemoProjectAsync();
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/demo", Ct);

        html.Should().Contain($"<script src=\"/widget/v1/zeron.js\" data-project-key=\"{project["publicKey"]!.GetValue<string>()}\" async></script>");
        html.Should().Contain("Acme Store").And.Contain("/admin/feedback").And.NotContain("demo-not-ready");
    }

    [Fact]
    public async Task Without_a_demo_project_the_demo_page_says_so_instead_of_embedding_the_widget()
    {
        var (demo, project) = await WaitForDemoProjectAsync();
        using var admin = await app.CreateAdminClientAsync();
        (await admin.DeleteAsync($"/api/v1/orgs/{demo}/projects/{project["id"]}", Ct)).EnsureSuccessStatusCode();
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/demo", Ct);

        html.Should().Contain("demo-not-ready").And.NotContain("/widget/v1/zeron.js");

        // The event arriving again (as after a restore) seeds a new one, since the organization has none.
        await PublishDemoCreatedAsync(demo);
        (await ProjectsAsync(demo)).Should().ContainSingle().Which!["name"]!.GetValue<string>().Should().Be("Demo site");
    }

    private async Task<(Guid Demo, JsonObject Project)> WaitForDemoProjectAsync()
    {
        using var admin = await app.CreateAdminClientAsync();
        var demo = await admin.DemoOrganizationIdAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var projects = await ProjectsAsync(demo);
        while (projects.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
            projects = await ProjectsAsync(demo);
        }

        projects.Should().ContainSingle("the recurring outbox job delivers OrganizationCreated within seconds");
        return (demo, projects[0]!.AsObject());
    }

    private async Task<JsonArray> ProjectsAsync(Guid organizationId)
    {
        using var admin = await app.CreateAdminClientAsync();
        return (await admin.GetFromJsonAsync<JsonArray>($"/api/v1/orgs/{organizationId}/projects", Ct))!;
    }

    /// <summary>Accounts' outbox into the consumers' inboxes, then Feedback's inbox through its handler.</summary>
    private async Task DispatchAccountsOutboxAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher<AccountsDbContext>>().DispatchAsync(Ct);
        await scope.ServiceProvider.GetRequiredService<InboxDispatcher<FeedbackDbContext>>().DrainAsync(Ct);
    }

    /// <summary>A fresh event straight into Feedback's handler, as its inbox dispatcher calls it (each in a scope of its own).</summary>
    private async Task PublishDemoCreatedAsync(Guid demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedDemoProjectHandler>()
            .HandleAsync(new OrganizationCreated(Guid.NewGuid(), DateTimeOffset.UtcNow, demo, "Demo", "demo"), Ct);
    }
}
