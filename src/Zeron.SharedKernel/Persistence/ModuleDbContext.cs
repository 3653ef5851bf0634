using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Outbox;

namespace Zeron.SharedKernel.Persistence;

/// <summary>Base of a module's DbContext: everything in the module's own schema, with its outbox table.</summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options), IOutboxDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => t.Namespace?.StartsWith(GetType().Namespace!, StringComparison.Ordinal) == true);
        modelBuilder.ApplyOutbox();
    }
}
