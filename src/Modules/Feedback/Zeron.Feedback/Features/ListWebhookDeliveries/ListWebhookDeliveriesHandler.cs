using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesHandler(FeedbackDbContext db)
    : IQueryHandler<ListWebhookDeliveriesQuery, Result<IReadOnlyList<WebhookDeliveryDto>>>
{
    public const int PageSize = 50;

    public ValueTask<Result<IReadOnlyList<WebhookDeliveryDto>>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<IReadOnlyList<WebhookDeliveryDto>>(query.OrganizationId, async () =>
        {
            if (!await db.Webhooks.AnyAsync(w => w.Id == query.WebhookId && w.ProjectId == query.ProjectId && w.OrganizationId == query.OrganizationId, cancellationToken))
            {
                return WebhookErrors.NotFound;
            }

            var deliveries = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.WebhookId == query.WebhookId && d.OrganizationId == query.OrganizationId)
                .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            return deliveries.Select(d => d.ToDto()).ToList();
        }, cancellationToken);
}
