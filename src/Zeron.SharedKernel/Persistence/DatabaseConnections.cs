using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Zeron.SharedKernel.Persistence;

/// <summary>
/// The two PostgreSQL identities Zeron uses. <c>ConnectionStrings:Postgres</c> is the app's runtime role: not a
/// superuser and not the owner of the tables, so row-level security applies to it. The optional
/// <c>ConnectionStrings:PostgresMigrations</c> is the owner that applies migrations and grants the runtime role its
/// rights; without it the runtime string does both (a single-role setup).
/// </summary>
public sealed record DatabaseConnections(string Runtime, string Migrations)
{
    public static DatabaseConnections From(IConfiguration configuration)
    {
        var runtime = configuration.GetConnectionString("Postgres") ?? "";
        var migrations = configuration.GetConnectionString("PostgresMigrations");
        return new DatabaseConnections(runtime, string.IsNullOrWhiteSpace(migrations) ? runtime : migrations);
    }

    /// <summary>The runtime role's name when it differs from the migrations role (then it needs grants).</summary>
    public string? SeparateRuntimeRole()
    {
        var runtime = new NpgsqlConnectionStringBuilder(Runtime).Username;
        var owner = new NpgsqlConnectionStringBuilder(Migrations).Username;
        return string.IsNullOrEmpty(runtime) || string.Equals(runtime, owner, StringComparison.Ordinal) ? null : runtime;
    }

    /// <summary>Gives the runtime role data access (not DDL) to everything in <paramref name="schema"/>.</summary>
    public async Task GrantRuntimeAccessAsync(string schema, CancellationToken cancellationToken)
    {
        if (SeparateRuntimeRole() is not { } role)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(Migrations);
        await connection.OpenAsync(cancellationToken);
        var s = Quote(schema);
        var r = Quote(role);
        await using var grant = new NpgsqlCommand(
            $"""
            GRANT USAGE ON SCHEMA {s} TO {r};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {r};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {s} TO {r};
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} TO {r};
            """,
            connection);
        await grant.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
