using Mediator;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// A fact one module publishes for others. It is stored in the publisher's outbox in the same transaction as the
/// change and delivered at least once, so handlers must be idempotent (use <see cref="EventId"/>).
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
