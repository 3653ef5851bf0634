using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Embeddings;
using Zeron.Feedback.Triage;

namespace Zeron.Feedback.EventHandlers;

/// <summary>
/// What new feedback starts off the request path: its embedding, then its triage. One of the reactions
/// <see cref="OwnEventHandlers"/> runs; both steps only enqueue and are idempotent, so a redelivered event does nothing twice.
/// </summary>
internal sealed class FeedbackReceivedHandler(TriageScheduler triage, IndexingScheduler indexing) : IFeedbackReaction<FeedbackReceived>
{
    public async Task HandleAsync(FeedbackReceived integrationEvent, CancellationToken cancellationToken)
    {
        indexing.Schedule(integrationEvent.OrganizationId, integrationEvent.ProjectId);
        await triage.ScheduleAsync(integrationEvent, cancellationToken);
    }
}
