using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Outbox;

namespace Zeron.SharedKernel.Persistence;

/// <summary>Base of a module's DbContext: everything in the module's own schema, with its outbox and inbox tables.</summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options), IEventTablesDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(schema);
        ConfigureModel(modelBuilder);
        modelBuilder.ApplyEventTables();
    }

    /// <summary>The module's own entities; each configuration is applied explicitly.</summary>
    protected virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
