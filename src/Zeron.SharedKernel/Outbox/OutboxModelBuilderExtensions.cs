using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>Maps <see cref="OutboxMessage"/> to <c>outbox_messages</c> in the context's schema.</summary>
    public static ModelBuilder ApplyOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(OutboxMessage.TableName);
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.Payload).HasColumnType("jsonb");
            b.HasIndex(m => m.OccurredAt).HasFilter("processed_at IS NULL");
        });
        return modelBuilder;
    }

    /// <summary>Adds an event to the outbox; it is saved with the caller's next <c>SaveChanges</c>, in the same transaction.</summary>
    public static void AddIntegrationEvent(this IOutboxDbContext db, IIntegrationEvent integrationEvent) =>
        db.OutboxMessages.Add(OutboxMessage.For(integrationEvent));
}
