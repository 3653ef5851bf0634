using Hangfire;
namespace Zeron.Feedback.Embeddings;

/// <summary>
/// Queues <see cref="FeedbackIndexingJob"/> for a project (called by <c>FeedbackReceivedHandler</c> and the reindex).
/// Never embeds on the caller's path: one insert into Hangfire's queue. Idempotent: a second job for the same
/// project finds nothing stale and ends after one query.
/// </summary>
internal sealed class IndexingScheduler(IBackgroundJobClient jobs)
{
    public void Schedule(Guid organizationId, Guid projectId) =>
        jobs.Enqueue<FeedbackIndexingJob>(job => job.IndexProjectAsync(organizationId, projectId, CancellationToken.None));

}
