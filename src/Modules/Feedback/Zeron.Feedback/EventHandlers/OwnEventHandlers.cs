using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Feedback.EventHandlers;

/// <summary>One of Feedback's in-module reactions to its own events (webhooks, the assistant, …); registered in DI.</summary>
internal interface IFeedbackReaction<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Feedback's one consumer of each of its own events (the catalog allows one per module, ADR 13): it runs every
/// <see cref="IFeedbackReaction{TEvent}"/> in registration order. Each reaction is idempotent and only records or
/// enqueues, so a retry after one of them failed re-runs the others harmlessly (ADR 28).
/// </summary>
internal sealed class OwnEventHandlers(
    IEnumerable<IFeedbackReaction<FeedbackReceived>> received,
    IEnumerable<IFeedbackReaction<FeedbackStatusChanged>> statusChanged,
    IEnumerable<IFeedbackReaction<FeedbackMessageAdded>> messageAdded)
    : IIntegrationEventHandler<FeedbackReceived>, IIntegrationEventHandler<FeedbackStatusChanged>, IIntegrationEventHandler<FeedbackMessageAdded>
{
    public Task HandleAsync(FeedbackReceived integrationEvent, CancellationToken cancellationToken) => RunAsync(received, integrationEvent, cancellationToken);

    public Task HandleAsync(FeedbackStatusChanged integrationEvent, CancellationToken cancellationToken) => RunAsync(statusChanged, integrationEvent, cancellationToken);

    public Task HandleAsync(FeedbackMessageAdded integrationEvent, CancellationToken cancellationToken) => RunAsync(messageAdded, integrationEvent, cancellationToken);

    private static async Task RunAsync<TEvent>(IEnumerable<IFeedbackReaction<TEvent>> reactions, TEvent e, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        foreach (var reaction in reactions)
        {
            await reaction.HandleAsync(e, cancellationToken);
        }
    }
}
