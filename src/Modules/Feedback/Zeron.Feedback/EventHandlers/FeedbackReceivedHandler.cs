using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Triage;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Feedback.EventHandlers;

/// <summary>
/// Feedback's one consumer of its own <see cref="FeedbackReceived"/> (a module has one consumer per event, ADR 13): each
/// step is idempotent, so when a later one fails and the event is handed over again, the earlier ones do nothing twice.
/// </summary>
internal sealed class FeedbackReceivedHandler(WebhookEventHandlers webhooks, TriageScheduler triage) : IIntegrationEventHandler<FeedbackReceived>
{
    public async Task HandleAsync(FeedbackReceived notification, CancellationToken cancellationToken)
    {
        await webhooks.HandleAsync(notification, cancellationToken);
        await triage.ScheduleAsync(notification, cancellationToken);
    }
}
