using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.GetConversation;

/// <summary>The submitter's view of a conversation: needs the token handed out at submission; anything else is 404.</summary>
internal sealed class GetConversationHandler(FeedbackDbContext db, ConversationTokens tokens) : IQueryHandler<GetConversationQuery, Result<ConversationDto>>
{
    public async ValueTask<Result<ConversationDto>> Handle(GetConversationQuery query, CancellationToken cancellationToken)
    {
        // The token is derived from the id, so a wrong one is refused before the database is asked anything.
        if (!tokens.IsValid(query.ConversationId, query.Token))
        {
            return WidgetErrors.ConversationNotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await db.FindConversationAsync(query.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return WidgetErrors.ConversationNotFound;
        }

        if (!WidgetLookups.Admits(conversation.AllowedOrigins, query.Origin))
        {
            return WidgetErrors.OriginNotAllowed;
        }

        var messages = await db.ConversationMessages.AsNoTracking()
            .Where(m => m.FeedbackItemId == conversation.FeedbackItemId && m.OrganizationId == conversation.OrganizationId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return new ConversationDto(query.ConversationId, messages.Select(m => m.ToWidgetDto()).ToList());
    }
}
