using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Features;
using Zeron.Feedback.Webhooks;
using Zeron.SharedKernel.Outbox;

namespace Zeron.Feedback.EventHandlers;

/// <summary>
/// Feedback's own events, handed to its inbox, become webhook deliveries (see <see cref="WebhookFanOut"/>): the handler
/// only records them and enqueues one Hangfire job per delivery on the <c>webhooks</c> queue, where the sending happens.
/// </summary>
internal sealed class WebhookEventHandlers(WebhookFanOut fanOut)
    : IIntegrationEventHandler<FeedbackStatusChanged>, IIntegrationEventHandler<FeedbackMessageAdded>
{
    /// <summary>Called by <see cref="FeedbackReceivedHandler"/>, the module's one consumer of the event.</summary>
    public async Task HandleAsync(FeedbackReceived notification, CancellationToken cancellationToken)
    {
        var e = new WebhookEvent(
            notification.EventId, WebhookEvents.FeedbackCreated, notification.OccurredAt, notification.OrganizationId, notification.ProjectId, notification.FeedbackItemId);
        await fanOut.PublishAsync(e, async (db, ct) =>
            await ItemAsync(db, e, notification.FeedbackItemId, ct) is { } item ? new { feedback = item } : null,
            cancellationToken);
    }

    public async Task HandleAsync(FeedbackStatusChanged notification, CancellationToken cancellationToken)
    {
        var e = new WebhookEvent(
            notification.EventId, WebhookEvents.FeedbackStatusChanged, notification.OccurredAt, notification.OrganizationId, notification.ProjectId, notification.FeedbackItemId);
        await fanOut.PublishAsync(e, async (db, ct) =>
            await ItemAsync(db, e, notification.FeedbackItemId, ct) is { } item ? new { from = notification.From, to = notification.To, feedback = item } : null,
            cancellationToken);
    }

    public async Task HandleAsync(FeedbackMessageAdded notification, CancellationToken cancellationToken)
    {
        var e = new WebhookEvent(
            notification.EventId, WebhookEvents.FeedbackMessageAdded, notification.OccurredAt, notification.OrganizationId, notification.ProjectId, notification.FeedbackItemId);
        await fanOut.PublishAsync(e, async (db, ct) =>
            await db.ConversationMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == notification.MessageId && m.OrganizationId == e.OrganizationId, ct) is { } message
                ? new { feedbackId = notification.FeedbackItemId, message = message.ToDto() }
                : null,
            cancellationToken);
    }

    /// <summary>The item as the integrator API shows it, or null when it was deleted before the event went out.</summary>
    private static async Task<FeedbackItemDto?> ItemAsync(FeedbackDbContext db, WebhookEvent e, Guid itemId, CancellationToken ct) =>
        (await db.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(f => f.Id == itemId && f.OrganizationId == e.OrganizationId, ct))?.ToDto();
}
