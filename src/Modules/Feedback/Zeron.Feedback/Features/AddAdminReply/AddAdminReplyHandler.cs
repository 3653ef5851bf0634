using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.AddAdminReply;

internal sealed class AddAdminReplyHandler(FeedbackDbContext db, TimeProvider clock) : ICommandHandler<AddAdminReplyCommand, Result<ConversationMessageDto>>
{
    public ValueTask<Result<ConversationMessageDto>> Handle(AddAdminReplyCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<ConversationMessageDto>(command.OrganizationId, async () =>
        {
            var item = await db.FeedbackItems.SingleOrDefaultAsync(f => f.Id == command.ItemId && f.OrganizationId == command.OrganizationId, cancellationToken);
            if (item is null)
            {
                return ItemErrors.NotFound;
            }

            var (message, added) = item.AddAdminReply(command.AuthorUserId, command.Body, clock.GetUtcNow());
            db.ConversationMessages.Add(message);
            db.AddIntegrationEvent(added);
            return message.ToDto();
        }, cancellationToken);
}
