using Npgsql;
using Pgvector.Npgsql;

namespace Zeron.SharedKernel.Persistence;

/// <summary>
/// The one <see cref="NpgsqlDataSource"/> (one connection pool) of the runtime role, shared by every module's DbContext
/// and by hand-written SQL on hot paths, which takes it from the container.
/// </summary>
public static class RuntimeDataSource
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // No session reset when a connection goes back to the pool: Zeron keeps no session state (tenant settings are
        // transaction-local, see RowLevelSecurity), and Npgsql still rolls back an unfinished transaction. The reset
        // would cost every checkout server work: DISCARD ALL, or seven statements once the connection holds prepared
        // statements (which DISCARD ALL would drop).
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        builder.UseVector();
        return builder.Build();
    }
}
