using AwesomeAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>The app runs as a role that is neither superuser nor owner (so row-level security binds it), with data rights only.</summary>
public sealed class DatabaseRolesTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_runtime_role_is_not_superuser_and_owns_no_table()
    {
        await using var db = await OpenAsRuntimeAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
                   (SELECT count(*) FROM pg_tables WHERE tableowner = current_user AND schemaname IN ('accounts','feedback','orchestration','analytics','integrations','hangfire'))
            """,
            db);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        reader.GetBoolean(0).Should().BeFalse();
        reader.GetInt64(1).Should().Be(0);
    }

    [Fact]
    public async Task The_runtime_role_reads_and_writes_data_but_cannot_change_the_schema()
    {
        await using var db = await OpenAsRuntimeAsync();
        await using (var read = new NpgsqlCommand("SELECT count(*) FROM accounts.organizations", db))
        {
            ((long)(await read.ExecuteScalarAsync(Ct))!).Should().BeGreaterThan(0);
        }

        await using var ddl = new NpgsqlCommand("ALTER TABLE accounts.organizations ADD COLUMN sneaky text", db);
        var act = () => ddl.ExecuteNonQueryAsync(Ct);
        (await act.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    private async Task<NpgsqlConnection> OpenAsRuntimeAsync()
    {
        var runtime = app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres");
        var connection = new NpgsqlConnection(runtime);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
