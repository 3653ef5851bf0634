using Hangfire;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.Feedback.EventHandlers;
using Zeron.Feedback.Features.Widget;
using Zeron.Integrations.Contracts.Llm;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Assistant;

/// <summary>
/// The assistant's reactions to Feedback's own events (ADR 28): a submission, or a submitter's reply, queues a turn
/// (<see cref="AssistantJob"/>, which decides whether one is due) when AI is on; every stored message but the
/// assistant's own (published by its job) goes to the conversation's live stream for open widgets. Idempotent: a
/// redelivered event queues a turn that finds nothing due, and republishes a message the widget already has.
/// </summary>
internal sealed class AssistantEventHandlers(FeedbackDbContext db, ISender sender, IBackgroundJobClient jobs, ConversationLive live)
    : IFeedbackReaction<FeedbackReceived>, IFeedbackReaction<FeedbackMessageAdded>
{
    public async Task HandleAsync(FeedbackReceived notification, CancellationToken cancellationToken)
    {
        if (await AiOnAsync(notification.OrganizationId, cancellationToken))
        {
            jobs.Enqueue<AssistantJob>(j => j.TakeTurnAsync(notification.OrganizationId, notification.FeedbackItemId, null, CancellationToken.None));
        }
    }

    public async Task HandleAsync(FeedbackMessageAdded notification, CancellationToken cancellationToken)
    {
        var found = await db.InTenantTransactionAsync(notification.OrganizationId, async () =>
            await db.ConversationMessages.AsNoTracking()
                .Where(m => m.Id == notification.MessageId && m.OrganizationId == notification.OrganizationId)
                .Join(db.FeedbackItems, m => m.FeedbackItemId, f => f.Id, (m, f) => new { Message = m, f.ConversationId })
                .SingleOrDefaultAsync(cancellationToken), cancellationToken);
        if (found is null || found.Message.Author == MessageAuthor.Assistant)
        {
            return; // deleted since, or the assistant's own (its job published it already)
        }

        await live.TryPublishAsync(found.ConversationId, ConversationLive.Message, found.Message.ToWidgetDto());
        if (found.Message.Author == MessageAuthor.Submitter && await AiOnAsync(notification.OrganizationId, cancellationToken))
        {
            jobs.Enqueue<AssistantJob>(j => j.TakeTurnAsync(notification.OrganizationId, notification.FeedbackItemId, notification.MessageId, CancellationToken.None));
        }
    }

    private async Task<bool> AiOnAsync(Guid organizationId, CancellationToken ct) =>
        (await sender.Send(new GetAiAvailability(organizationId), ct)).Enabled;
}
