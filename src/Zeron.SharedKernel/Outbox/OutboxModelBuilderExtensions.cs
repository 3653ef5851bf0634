using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Outbox;

public static class OutboxModelBuilderExtensions
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Maps <see cref="OutboxMessage"/> to <c>outbox_messages</c> in the context's schema.</summary>
    public static ModelBuilder ApplyOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.Payload).HasColumnType("jsonb");
            b.HasIndex(m => m.OccurredAt).HasFilter("processed_at IS NULL");
        });
        return modelBuilder;
    }

    /// <summary>Adds an event to the outbox; it is saved with the caller's next <c>SaveChanges</c>, in the same transaction.</summary>
    public static void AddIntegrationEvent(this IOutboxDbContext db, IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, JsonOptions),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }
}
