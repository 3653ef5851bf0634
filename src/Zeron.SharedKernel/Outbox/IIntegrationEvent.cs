namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// A fact one module publishes for others. It is stored in the publisher's outbox in the same transaction as the
/// change, copied into the inbox of each module that handles it, and handled there at least once, so handlers must
/// be idempotent (use <see cref="EventId"/>). Each event type carries a stable <see cref="IntegrationEventAttribute"/> name.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}

/// <summary>
/// A module's reaction to an integration event, run by that module's inbox dispatcher in a scope of its own. Effects
/// that take long (an HTTP delivery, an agent run) are only enqueued here, as Hangfire jobs keyed by what the event made.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
