using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.AddAdminReply;

internal sealed class AddAdminReplyHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<AddAdminReplyCommand, Result<ConversationMessageDto>>
{
    public async ValueTask<Result<ConversationMessageDto>> Handle(AddAdminReplyCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTenantTransactionAsync(command.OrganizationId, cancellationToken);
        var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId, cancellationToken);
        if (item is null)
        {
            return ItemErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var message = new ConversationMessage
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = item.OrganizationId,
            FeedbackItemId = item.Id,
            Author = MessageAuthor.Admin,
            AuthorUserId = command.AuthorUserId,
            Body = command.Body.Trim(),
            CreatedAt = now,
        };
        db.ConversationMessages.Add(message);
        db.AddIntegrationEvent(new FeedbackMessageAdded(Guid.CreateVersion7(), now, item.OrganizationId, item.ProjectId, item.Id, message.Id));
        item.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return message.ToDto();
    }
}
