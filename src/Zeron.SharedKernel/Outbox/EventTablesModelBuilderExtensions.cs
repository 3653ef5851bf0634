using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Outbox;

/// <summary>A module DbContext with its two event tables (see <see cref="EventTablesModelBuilderExtensions.ApplyEventTables"/>).</summary>
public interface IEventTablesDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }
}

public static class EventTablesModelBuilderExtensions
{
    /// <summary>Maps <c>outbox_messages</c> and <c>inbox_messages</c> in the context's schema, each with a partial index on what is pending.</summary>
    public static ModelBuilder ApplyEventTables(this ModelBuilder modelBuilder)
    {
        Map<OutboxMessage>(modelBuilder, OutboxMessage.TableName);
        Map<InboxMessage>(modelBuilder, InboxMessage.TableName);
        return modelBuilder;
    }

    /// <summary>Adds an event to the outbox; it is saved with the caller's next <c>SaveChanges</c>, in the same transaction.</summary>
    public static void AddIntegrationEvent(this IEventTablesDbContext db, IIntegrationEvent integrationEvent) =>
        db.OutboxMessages.Add(OutboxMessage.For(integrationEvent));

    /// <summary>The schema-qualified, quoted name of a module's event table, as the EF model maps it (for hand-written SQL).</summary>
    public static string QualifiedTable<TMessage>(this DbContext db)
        where TMessage : StoredEvent
    {
        var entity = db.Model.FindEntityType(typeof(TMessage))!;
        return Qualify(entity.GetSchema()!, entity.GetTableName()!);
    }

    /// <summary><c>"schema"."table"</c>, for a table whose schema is known without a DbContext.</summary>
    public static string Qualify(string schema, string table) => $"\"{schema}\".\"{table}\"";

    private static void Map<TMessage>(ModelBuilder modelBuilder, string table)
        where TMessage : StoredEvent =>
        modelBuilder.Entity<TMessage>(b =>
        {
            b.ToTable(table);
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.Payload).HasColumnType("jsonb");
            b.HasIndex(m => m.OccurredAt).HasFilter("processed_at IS NULL");
        });
}
