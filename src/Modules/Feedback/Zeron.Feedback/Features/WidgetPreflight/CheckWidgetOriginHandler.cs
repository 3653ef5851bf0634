using Mediator;
using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Data;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Features.Widget;

namespace Zeron.Feedback.Features.WidgetPreflight;

/// <summary>
/// A preflight carries no body, so the project comes from <c>?key=</c> (config, feedback) or from the conversation id
/// in the path. Unknown key, unknown conversation and a foreign origin are all simply "not admitted".
/// </summary>
internal sealed class CheckWidgetOriginHandler(FeedbackDbContext db) : IQueryHandler<CheckWidgetOriginQuery, bool>
{
    public async ValueTask<bool> Handle(CheckWidgetOriginQuery query, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (query.ConversationId is { } conversationId)
        {
            var conversation = await db.FindConversationAsync(conversationId, cancellationToken);
            return conversation is not null && AllowedOrigins.Admits(conversation.AllowedOrigins, query.Origin);
        }

        var project = await db.FindProjectByKeyAsync(query.ProjectKey, cancellationToken);
        return project is not null && AllowedOrigins.Admits(project.AllowedOrigins, query.Origin);
    }
}
