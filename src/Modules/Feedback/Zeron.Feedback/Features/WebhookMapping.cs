using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features;

internal static class WebhookMapping
{
    public static WebhookDto ToDto(this Webhook w) => new(w.Id, w.Url, w.Events, w.CreatedAt);

    public static WebhookDeliveryDto ToDto(this WebhookDelivery d) =>
        new(d.Id, d.EventType, d.Status.ToString(), d.Attempts, d.LastStatusCode, d.LastError, d.CreatedAt, d.CompletedAt);
}
