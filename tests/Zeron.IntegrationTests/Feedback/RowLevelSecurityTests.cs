using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Zeron.IntegrationTests.Feedback.Webhooks;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.SharedKernel.Persistence;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback;

/// <summary>
/// The second wall: even raw SQL run as the app's own database role, in organization A's context, cannot read,
/// change, delete or create organization B's rows — nor anything when no organization is set.
/// </summary>
public sealed class RowLevelSecurityTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Raw_sql_in_one_organizations_context_cannot_touch_another_organizations_projects()
    {
        var (orgA, orgB, projectB) = await TwoOrganizationsAsync();
        await using var db = await OpenAsRuntimeAsync();
        await using var tx = await db.BeginTransactionAsync(Ct);
        await db.ExecuteAsync($"SELECT set_config('zeron.organization_id', '{orgA}', true)");

        (await db.ScalarAsync<long>($"SELECT count(*) FROM feedback.projects WHERE organization_id = '{orgB}'")).Should().Be(0);
        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.projects")).Should().Be(1, "A sees its own project only");
        (await db.ExecuteAsync($"UPDATE feedback.projects SET name = 'pwned' WHERE id = '{projectB}'")).Should().Be(0);
        (await db.ExecuteAsync($"DELETE FROM feedback.projects WHERE organization_id = '{orgB}'")).Should().Be(0);
        var insert = () => db.ExecuteAsync(
            $"INSERT INTO feedback.projects (id, organization_id, name, public_key, allowed_origins, categories, widget, created_at, updated_at) " +
            $"VALUES (gen_random_uuid(), '{orgB}', 'planted', 'pk_planted', '{{}}', '{{}}', '{{}}', now(), now())");
        (await insert.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        await tx.RollbackAsync(Ct);

        using var admin = await app.CreateAdminClientAsync();
        (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/orgs/{orgB}/projects/{projectB}", Ct))!["name"]!
            .GetValue<string>().Should().Be("B's site");
    }

    [Fact]
    public async Task Raw_sql_in_one_organizations_context_cannot_read_change_or_delete_another_organizations_feedback_or_webhooks()
    {
        var (orgA, orgB, _) = await TwoOrganizationsAsync();
        var hookB = await WebhookSetup.CreateAsync(app, "https://hooks.example.com/b", "feedback.created");
        using (var widget = WidgetClient.Create(app))
        {
            (await widget.SubmitAsync(hookB.Project.Key, WidgetClient.Body(hookB.Project.Key, "rls"), "https://shop.example.com")).EnsureSuccessStatusCode();
        }

        var orgC = hookB.Project.OrganizationId;
        await using (var owner = await app.OpenDatabaseAsync())
        {
            (await owner.ScalarAsync<long>("SELECT count(*) FROM feedback.conversation_messages WHERE organization_id = @org", ("org", orgC))).Should().Be(1, "the owner sees the rows");
        }

        (await hookB.WaitForDeliveriesAsync(app, d => d.Count == 1)).Should().ContainSingle("the outbox has turned the feedback into a delivery row");

        await using var db = await OpenAsRuntimeAsync();
        await using var tx = await db.BeginTransactionAsync(Ct);
        await db.ExecuteAsync($"SELECT set_config('zeron.organization_id', '{orgA}', true)");
        foreach (var table in new[] { "feedback_items", "conversation_messages", "webhooks", "webhook_deliveries", "projects" })
        {
            (await db.ScalarAsync<long>($"SELECT count(*) FROM feedback.{table} WHERE organization_id IN (@b, @c)", ("b", orgB), ("c", orgC))).Should().Be(0, table);
            (await db.ExecuteAsync($"UPDATE feedback.{table} SET organization_id = @a WHERE organization_id IN (@b, @c)", ("a", orgA), ("b", orgB), ("c", orgC))).Should().Be(0, table);
            (await db.ExecuteAsync($"DELETE FROM feedback.{table} WHERE organization_id IN (@b, @c)", ("b", orgB), ("c", orgC))).Should().Be(0, table);
        }

        await tx.RollbackAsync(Ct);
        using var admin = await app.CreateAdminClientAsync();
        (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"{hookB.Project.WebhooksPath()}", Ct)).Should().ContainSingle();
        (await hookB.Project.CountItemsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Every_feedback_table_with_an_organization_column_is_under_forced_row_level_security()
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, c.relrowsecurity AND c.relforcerowsecurity
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'feedback' AND c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped)
            """, db);
        var tables = new Dictionary<string, bool>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                tables[reader.GetString(0)] = reader.GetBoolean(1);
            }
        }

        tables.Keys.Should().Contain(["projects", "feedback_items", "conversation_messages", "webhooks", "webhook_deliveries"]);
        tables.Where(t => !t.Value).Select(t => t.Key).Should().BeEmpty("every tenant table enables and forces row-level security");
    }

    [Fact]
    public async Task Without_an_organization_the_app_role_sees_no_tenant_rows()
    {
        await TwoOrganizationsAsync();
        await using var db = await OpenAsRuntimeAsync();
        (await db.ScalarAsync<long>("SELECT count(*) FROM feedback.projects")).Should().Be(0);
        (await db.ExecuteAsync("UPDATE feedback.projects SET name = 'pwned'")).Should().Be(0);
    }

    [Fact]
    public async Task A_batch_acts_for_its_organization_and_the_pooled_connection_forgets_it_afterwards()
    {
        var (orgA, _, _) = await TwoOrganizationsAsync();
        // The app's data source settings (no session reset on return to the pool), with a pool of one connection, so
        // the second use is certainly the same server session as the first.
        var oneConnection = new NpgsqlConnectionStringBuilder(app.RuntimeConnectionString) { MaxPoolSize = 1 }.ConnectionString;
        await using var dataSource = RuntimeDataSource.Create(oneConnection);
        int session;
        await using (var first = await dataSource.OpenConnectionAsync(Ct))
        {
            session = first.ProcessID;
            await using var batch = new NpgsqlBatch(first)
            {
                BatchCommands = { RowLevelSecurity.SetOrganizationCommand(orgA), new NpgsqlBatchCommand("SELECT count(*) FROM feedback.projects") },
            };
            await using var reader = await batch.ExecuteReaderAsync(Ct);
            await reader.NextResultAsync(Ct);
            (await reader.ReadAsync(Ct)).Should().BeTrue();
            reader.GetInt64(0).Should().Be(1, "the rest of the batch sees A's project");
        }

        await using var again = await dataSource.OpenConnectionAsync(Ct);
        again.ProcessID.Should().Be(session);
        await using var command = new NpgsqlCommand("SELECT coalesce(current_setting('zeron.organization_id', true), '')", again);
        (await command.ExecuteScalarAsync(Ct)).Should().Be("");
        (await again.ScalarAsync<long>("SELECT count(*) FROM feedback.projects")).Should().Be(0);
    }

    private async Task<(Guid OrgA, Guid OrgB, Guid ProjectB)> TwoOrganizationsAsync()
    {
        using var admin = await app.CreateAdminClientAsync();
        var orgA = await admin.CreateOrganizationAsync("RLS A");
        var orgB = await admin.CreateOrganizationAsync("RLS B");
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{orgA}/projects", new { name = "A's site" }, Ct)).EnsureSuccessStatusCode();
        using var b = await admin.PostAsJsonAsync($"/api/v1/orgs/{orgB}/projects", new { name = "B's site" }, Ct);
        return (orgA, orgB, (await b.ReadJsonAsync())["id"]!.GetValue<Guid>());
    }

    private async Task<NpgsqlConnection> OpenAsRuntimeAsync()
    {
        var connection = new NpgsqlConnection(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres"));
        await connection.OpenAsync(Ct);
        return connection;
    }
}
