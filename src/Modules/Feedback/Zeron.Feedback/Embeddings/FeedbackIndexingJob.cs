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
            var batch = await db.InTenantTransactionAsync(organizationId, () => StaleBatchAsync(organizationId, projectId, model, cancellationToken), cancellationToken);
            if (batch.Count == 0)
            {
                LogIndexed(projectId, total, model);
                return;
            }

            var embedded = await sender.Send(new EmbedTexts(organizationId, projectId, batch.Select(b => b.Message).ToList()) { Background = true }, cancellationToken);
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

    /// <summary>
    /// Up to <see cref="BatchSize"/> stale items, oldest first: those without a vector (the partial index
    /// <c>WHERE embedding IS NULL</c>, so the cost does not grow with the project), then those of another model (two
    /// range scans of the embedded-rows index, empty unless the model changed). A plain <c>embedding_model &lt;&gt; model</c>
    /// read every row of the project for each batch.
    /// </summary>
    private async Task<List<StaleItem>> StaleBatchAsync(Guid organizationId, Guid projectId, string model, CancellationToken cancellationToken)
    {
        var project = db.FeedbackItems.AsNoTracking().Where(f => f.OrganizationId == organizationId && f.ProjectId == projectId);
        var batch = await project.Where(f => f.Embedding == null)
            .OrderBy(f => f.Id).Take(BatchSize).Select(f => new StaleItem(f.Id, f.Message)).ToListAsync(cancellationToken);
        if (batch.Count < BatchSize)
        {
#pragma warning disable CA1309 // translated to SQL's < and > (an index range each), never run in .NET
            batch.AddRange(await project
                .Where(f => f.Embedding != null && (string.Compare(f.EmbeddingModel, model) < 0 || string.Compare(f.EmbeddingModel, model) > 0))
#pragma warning restore CA1309
                .OrderBy(f => f.Id).Take(BatchSize - batch.Count).Select(f => new StaleItem(f.Id, f.Message)).ToListAsync(cancellationToken));
        }

        return batch;
    }

    private sealed record StaleItem(Guid Id, string Message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded {Count} feedback items of project {ProjectId} with {Model}")]
    private partial void LogIndexed(Guid projectId, int count, string model);
}

/// <summary>The embedding provider failed: thrown so Hangfire retries the job later.</summary>
internal sealed class EmbeddingFailedException(string message) : Exception(message);
