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
        ConfigureModel(modelBuilder);
        modelBuilder.ApplyOutbox();
    }

    /// <summary>The module's own entities; each configuration is applied explicitly.</summary>
    protected virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
