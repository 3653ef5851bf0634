using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.ListWebhooks;

internal sealed class ListWebhooksHandler(FeedbackDbContext db) : IQueryHandler<ListWebhooksQuery, Result<IReadOnlyList<WebhookDto>>>
{
    public ValueTask<Result<IReadOnlyList<WebhookDto>>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<IReadOnlyList<WebhookDto>>(query.OrganizationId, async () =>
        {
            if (!await db.Projects.AnyAsync(p => p.Id == query.ProjectId && p.OrganizationId == query.OrganizationId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            var webhooks = await db.Webhooks.AsNoTracking()
                .Where(w => w.ProjectId == query.ProjectId && w.OrganizationId == query.OrganizationId)
                .OrderBy(w => w.CreatedAt)
                .ToListAsync(cancellationToken);
            return webhooks.Select(w => w.ToDto()).ToList();
        }, cancellationToken);
}
