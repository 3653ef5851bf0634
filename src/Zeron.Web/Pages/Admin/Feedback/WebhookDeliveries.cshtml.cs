using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Feedback.Contracts.Webhooks;

namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>One webhook's delivery log: the latest 50 deliveries with their status, attempts and last answer.</summary>
public sealed class WebhookDeliveriesModel(ISender sender) : AdminPageModel(sender)
{
    public Guid ProjectId { get; private set; }

    public WebhookDto Webhook { get; private set; } = null!;

    public IReadOnlyList<WebhookDeliveryDto> Deliveries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid webhookId)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        var webhooks = await Sender.Send(new ListWebhooksQuery(CurrentOrganization!.Id, id), HttpContext.RequestAborted);
        var deliveries = await Sender.Send(new ListWebhookDeliveriesQuery(CurrentOrganization.Id, id, webhookId), HttpContext.RequestAborted);
        var webhook = webhooks.IsSuccess ? webhooks.Value.SingleOrDefault(w => w.Id == webhookId) : null;
        if (webhook is null || !deliveries.IsSuccess)
        {
            return NotFound(); // also when it was deleted between the two reads
        }

        ProjectId = id;
        Webhook = webhook;
        Deliveries = deliveries.Value;
        return Page();
    }
}
