using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
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
        await ExecAsync(db, $"SELECT set_config('zeron.organization_id', '{orgA}', true)");

        (await ScalarAsync(db, $"SELECT count(*) FROM feedback.projects WHERE organization_id = '{orgB}'")).Should().Be(0);
        (await ScalarAsync(db, "SELECT count(*) FROM feedback.projects")).Should().Be(1, "A sees its own project only");
        (await ExecAsync(db, $"UPDATE feedback.projects SET name = 'pwned' WHERE id = '{projectB}'")).Should().Be(0);
        (await ExecAsync(db, $"DELETE FROM feedback.projects WHERE organization_id = '{orgB}'")).Should().Be(0);
        var insert = () => ExecAsync(db,
            $"INSERT INTO feedback.projects (id, organization_id, name, public_key, allowed_origins, categories, widget, created_at, updated_at) " +
            $"VALUES (gen_random_uuid(), '{orgB}', 'planted', 'pk_planted', '{{}}', '{{}}', '{{}}', now(), now())");
        (await insert.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        await tx.RollbackAsync(Ct);

        using var admin = await app.CreateAdminClientAsync();
        (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/orgs/{orgB}/projects/{projectB}", Ct))!["name"]!
            .GetValue<string>().Should().Be("B's site");
    }

    [Fact]
    public async Task Without_an_organization_the_app_role_sees_no_tenant_rows()
    {
        await TwoOrganizationsAsync();
        await using var db = await OpenAsRuntimeAsync();
        (await ScalarAsync(db, "SELECT count(*) FROM feedback.projects")).Should().Be(0);
        (await ExecAsync(db, "UPDATE feedback.projects SET name = 'pwned'")).Should().Be(0);
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

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task<int> ExecAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteNonQueryAsync(Ct);
    }
}
