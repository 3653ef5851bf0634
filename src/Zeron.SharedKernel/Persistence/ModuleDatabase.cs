using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Zeron.SharedKernel.Persistence;

/// <summary>
/// Applies the migrations of one module DbContext as the owner role, then grants the runtime role data access
/// to the module's schema.
/// </summary>
/// <remarks>
/// The migrator gets a data source of its own, disposed when it is done. Given a connection string and a plugin
/// (<c>UseVector</c>), EF Npgsql would build one itself and keep it for the life of the process, with its pool of
/// owner connections: outside the pools <see cref="NpgsqlConnection.ClearAllPools"/> reaches, and dead once the
/// database is dropped and restored under it (57P01 on the next start in the same process).
/// </remarks>
public sealed class ModuleDatabase<TContext>(DatabaseConnections connections, string module, string schema) : IModuleDatabase
    where TContext : DbContext
{
    public string Module { get; } = module;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var dataSourceBuilder = new NpgsqlDataSourceBuilder(connections.Migrations);
        dataSourceBuilder.UseVector();
        await using (var dataSource = dataSourceBuilder.Build())
        {
            var options = new DbContextOptionsBuilder<TContext>();
            options.UseModuleNpgsql(dataSource, schema);
            await using var db = (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
            await db.Database.MigrateAsync(cancellationToken);
        }

        await connections.GrantRuntimeAccessAsync(schema, cancellationToken);
    }
}
