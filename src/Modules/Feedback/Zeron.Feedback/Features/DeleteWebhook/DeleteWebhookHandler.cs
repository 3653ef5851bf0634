using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.DeleteWebhook;

internal sealed class DeleteWebhookHandler(FeedbackDbContext db) : ICommandHandler<DeleteWebhookCommand, Result<bool>>
{
    public ValueTask<Result<bool>> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<bool>(command.OrganizationId, async () =>
        {
            var deleted = await db.Webhooks
                .Where(w => w.Id == command.WebhookId && w.ProjectId == command.ProjectId && w.OrganizationId == command.OrganizationId)
                .ExecuteDeleteAsync(cancellationToken);
            return deleted == 0 ? WebhookErrors.NotFound : true;
        }, cancellationToken);
}
