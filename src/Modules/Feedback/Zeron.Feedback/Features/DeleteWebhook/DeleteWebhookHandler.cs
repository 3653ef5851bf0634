using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.DeleteWebhook;

internal sealed class DeleteWebhookHandler(FeedbackDbContext db) : ICommandHandler<DeleteWebhookCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(command.OrganizationId, cancellationToken);
        var deleted = await db.Webhooks
            .Where(w => w.Id == command.WebhookId && w.ProjectId == command.ProjectId && w.OrganizationId == command.OrganizationId)
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted == 0 ? WebhookErrors.NotFound : true;
    }
}
