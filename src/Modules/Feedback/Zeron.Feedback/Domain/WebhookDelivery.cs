namespace Zeron.Feedback.Domain;

/// <summary>One event sent (or being sent) to one webhook: the delivery log the admin sees.</summary>
internal sealed class WebhookDelivery
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public Guid WebhookId { get; init; }

    /// <summary>The item the event is about: deleting or erasing it deletes its deliveries (their payloads hold its data).</summary>
    public Guid FeedbackItemId { get; init; }

    /// <summary>The integration event's id: with <see cref="WebhookId"/> unique, so a redelivered event is not sent twice.</summary>
    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The exact JSON body sent (text, not jsonb, so every attempt signs and sends the same bytes).</summary>
    public required string Payload { get; init; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;

    public int Attempts { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }
}

internal enum DeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}
