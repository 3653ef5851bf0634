using Hangfire;
using Mediator;
using Zeron.Feedback.Contracts.Items;
using Zeron.Integrations.Contracts.Llm;

namespace Zeron.Feedback.Triage;

/// <summary>
/// A new item gets an AI triage when its organization has AI on: one <see cref="TriageJob"/> on the <c>ai</c> queue
/// (called by <c>FeedbackReceivedHandler</c>). Idempotent: a redelivered event may queue a second job, which finds the
/// item triaged and does nothing. With AI off nothing is queued.
/// </summary>
internal sealed class TriageScheduler(ISender sender, IBackgroundJobClient jobs)
{
    public async Task ScheduleAsync(FeedbackReceived received, CancellationToken cancellationToken)
    {
        var availability = await sender.Send(new GetAiAvailability(received.OrganizationId), cancellationToken);
        if (availability.Enabled)
        {
            jobs.Enqueue<TriageJob>(job => job.RunAsync(received.OrganizationId, received.FeedbackItemId, CancellationToken.None));
        }
    }
}
