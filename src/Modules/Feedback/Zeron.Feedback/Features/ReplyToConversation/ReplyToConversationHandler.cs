using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.ReplyToConversation;

/// <summary>Adds the submitter's reply to their conversation (token required; anything else is 404).</summary>
internal sealed class ReplyToConversationHandler(FeedbackDbContext db, ConversationTokens tokens, TimeProvider clock)
    : ICommandHandler<ReplyToConversationCommand, Result<WidgetMessageDto>>
{
    public async ValueTask<Result<WidgetMessageDto>> Handle(ReplyToConversationCommand command, CancellationToken cancellationToken)
    {
        if (!tokens.IsValid(command.ConversationId, command.Token))
        {
            return WidgetErrors.ConversationNotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await db.FindConversationAsync(command.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return WidgetErrors.ConversationNotFound;
        }

        if (!WidgetLookups.Admits(conversation.AllowedOrigins, command.Origin))
        {
            return WidgetErrors.OriginNotAllowed;
        }

        var now = clock.GetUtcNow();
        var message = new ConversationMessage
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = conversation.OrganizationId,
            FeedbackItemId = conversation.FeedbackItemId,
            Author = MessageAuthor.Submitter,
            Body = command.Body,
            CreatedAt = now,
        };
        db.ConversationMessages.Add(message);
        db.AddIntegrationEvent(new FeedbackMessageAdded(
            Guid.CreateVersion7(), now, conversation.OrganizationId, conversation.ProjectId, conversation.FeedbackItemId, message.Id));
        await db.SaveChangesAsync(cancellationToken);
        await db.FeedbackItems
            .Where(f => f.Id == conversation.FeedbackItemId && f.OrganizationId == conversation.OrganizationId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.UpdatedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return message.ToWidgetDto();
    }
}
