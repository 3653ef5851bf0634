using System.Collections.Concurrent;
using System.Text.Json;

namespace Zeron.SharedKernel.Outbox;

/// <summary>One integration event waiting in a module's outbox table.</summary>
public sealed class OutboxMessage
{
    /// <summary>The table in each module's schema (see <see cref="OutboxModelBuilderExtensions.ApplyOutbox"/>).</summary>
    public const string TableName = "outbox_messages";

    /// <summary>Failed publications after which the dispatcher gives an event up (it stays, for an operator to retry).</summary>
    public const int MaxAttempts = 25;

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    // Assembly.GetName() allocates and parses on every call; the name of an event type never changes.
    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();

    public Guid Id { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// The row for <paramref name="integrationEvent"/>: its id, the type the dispatcher deserializes it as, and the
    /// payload as JSON. Written through EF (<see cref="OutboxModelBuilderExtensions.AddIntegrationEvent"/>) or by
    /// hand-written SQL in the same transaction as the change.
    /// </summary>
    public static OutboxMessage For(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = TypeNames.GetOrAdd(type, t => $"{t.FullName}, {t.Assembly.GetName().Name}"),
            Payload = JsonSerializer.Serialize(integrationEvent, type, JsonOptions),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }
}
