using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Persistence;

/// <summary>
/// Applies the migrations of one module DbContext as the owner role, then grants the runtime role data access
/// to the module's schema.
/// </summary>
public sealed class ModuleDatabase<TContext>(DatabaseConnections connections, string module, string schema) : IModuleDatabase
    where TContext : DbContext
{
    public string Module { get; } = module;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseModuleNpgsql(connections.Migrations, schema);
        await using (var db = (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await connections.GrantRuntimeAccessAsync(schema, cancellationToken);
    }
}
