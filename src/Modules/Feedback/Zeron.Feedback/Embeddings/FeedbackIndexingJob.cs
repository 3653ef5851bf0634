using Hangfire;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zeron.Feedback.Data;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.SharedKernel.Jobs;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Embeddings;

/// <summary>
/// Embeds a project's stale items — no vector yet, or one of another model than the current — in batches of
/// <see cref="BatchSize"/>, oldest first, until none is left (a Hangfire job on the <c>embeddings</c> queue). Each batch
/// is read in one tenant transaction and written in another; none is held open while the model computes. With
/// embeddings off the job does nothing (the items stay stale and are embedded by the next job once a provider is
/// on); when the provider fails the job fails and Hangfire retries it later, for about two days, with the batches
/// already written kept.
/// </summary>
internal sealed partial class FeedbackIndexingJob(FeedbackDbContext db, ISender sender, ILogger<FeedbackIndexingJob> logger)
{
    public const int BatchSize = 64;

    [Queue(JobQueues.Embeddings)]
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [30, 60, 300, 900, 1800, 3600, 10800, 21600, 43200, 86400], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task IndexProjectAsync(Guid organizationId, Guid projectId, CancellationToken cancellationToken)
    {
        var current = await sender.Send(new GetEmbeddingModel(), cancellationToken);
        if (current.Error is not null)
        {
            return; // off: nothing to embed with; the items stay stale until a provider is configured
        }

        var model = current.Value;
        var total = 0;
        while (true)
        {
            var batch = await db.InTenantTransactionAsync(organizationId, () =>
                db.FeedbackItems.AsNoTracking()
                    .Where(f => f.OrganizationId == organizationId && f.ProjectId == projectId && f.EmbeddingModel != model)
                    .OrderBy(f => f.Id)
                    .Take(BatchSize)
                    .Select(f => new { f.Id, f.Message })
                    .ToListAsync(cancellationToken), cancellationToken);
            if (batch.Count == 0)
            {
                LogIndexed(projectId, total, model);
                return;
            }

            var embedded = await sender.Send(new EmbedTexts(organizationId, projectId, batch.Select(b => b.Message).ToList()), cancellationToken);
            if (embedded.Error is { } error)
            {
                throw new EmbeddingFailedException($"Embedding {batch.Count} items of project {projectId} failed ({error.Code}); retried later.");
            }

            if (embedded.Value.Model != model)
            {
                throw new EmbeddingFailedException($"The embedding model changed from {model} to {embedded.Value.Model} during the run; the retry uses the new one.");
            }

            var vectors = batch.Select(b => b.Id).Zip(embedded.Value.Vectors).ToDictionary(p => p.First, p => p.Second);
            total += await db.InTenantTransactionAsync(organizationId, async () =>
            {
                var items = await db.FeedbackItems
                    .Where(f => f.OrganizationId == organizationId && vectors.Keys.Contains(f.Id))
                    .ToListAsync(cancellationToken);
                items.ForEach(item => item.Embed(vectors[item.Id], model));
                return items.Count;
            }, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded {Count} feedback items of project {ProjectId} with {Model}")]
    private partial void LogIndexed(Guid projectId, int count, string model);
}

/// <summary>The embedding provider failed: thrown so Hangfire retries the job later.</summary>
internal sealed class EmbeddingFailedException(string message) : Exception(message);
