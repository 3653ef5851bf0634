using System.Text.Json;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// An integration event in one of a module's two event tables: its <see cref="OutboxMessage">outbox</see> (what it
/// published, waiting to be handed to the consumers) or its <see cref="InboxMessage">inbox</see> (what it consumes,
/// waiting for its handler). Both tables have these columns and the same retry rule.
/// </summary>
public abstract class StoredEvent
{
    /// <summary>Failures after which a dispatcher gives an event up (it stays, for an operator to retry).</summary>
    public const int MaxAttempts = 25;

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The event's own id (<see cref="IIntegrationEvent.EventId"/>), in both tables.</summary>
    public Guid Id { get; set; }

    /// <summary>The event's stable name (<see cref="IntegrationEventAttribute"/>).</summary>
    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    internal void Fail(Exception exception)
    {
        Attempts++;
        LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
    }

    internal void Succeed(DateTimeOffset now)
    {
        ProcessedAt = now;
        LastError = null;
    }
}

/// <summary>An event a module published, in its <c>outbox_messages</c> table until it is in every consumer's inbox.</summary>
public sealed class OutboxMessage : StoredEvent
{
    public const string TableName = "outbox_messages";

    /// <summary>
    /// The row for <paramref name="integrationEvent"/>: its id, stable name and payload as JSON. Written through EF
    /// (<see cref="EventTablesModelBuilderExtensions.AddIntegrationEvent"/>) or by hand-written SQL in the same
    /// transaction as the change.
    /// </summary>
    public static OutboxMessage For(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventAttribute.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, JsonOptions),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }
}

/// <summary>An event a module consumes, in its <c>inbox_messages</c> table until its handler has succeeded.</summary>
public sealed class InboxMessage : StoredEvent
{
    public const string TableName = "inbox_messages";
}
