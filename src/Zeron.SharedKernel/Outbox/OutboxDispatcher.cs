using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// Drains one module's outbox: locks a batch (<c>FOR UPDATE SKIP LOCKED</c>, so several app instances can run it),
/// publishes each event as a mediator notification and marks it processed. A failing event is retried on the next run.
/// The recurring job (<see cref="DrainAsync"/>) takes batch after batch, so a burst is not delivered at 50 per run.
/// Events that failed before come after fresh ones (<c>ORDER BY attempts, occurred_at</c>), so a pile of failing events
/// (say, given-up ones an operator sent round again before fixing the cause) cannot hold new events back.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(TContext db, IPublisher publisher, TimeProvider clock, ILogger<OutboxDispatcher<TContext>> logger)
    where TContext : DbContext, IOutboxDbContext
{
    private const int BatchSize = 50;
    private const int MaxAttempts = OutboxMessage.MaxAttempts;

    /// <summary>Stays under the job's 5-second cadence, so runs rarely overlap (they could: SKIP LOCKED keeps them apart).</summary>
    private static readonly TimeSpan DrainBudget = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Batch after batch until the outbox is empty, the time budget is spent, or a batch had a failure: the failed
    /// event then waits for the next run rather than burning its attempts within seconds.
    /// </summary>
    /// <returns>How many events were published successfully.</returns>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var total = 0;
        while (true)
        {
            var (selected, published) = await DispatchBatchAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += published;
            if (selected < BatchSize || published < selected || clock.GetElapsedTime(started) > DrainBudget)
            {
                return total;
            }
        }
    }

    /// <summary>One batch of at most 50 events.</summary>
    /// <returns>How many events were published successfully.</returns>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken) => (await DispatchBatchAsync(cancellationToken)).Published;

    private async Task<(int Selected, int Published)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var table = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var qualified = $"\"{table.GetSchema()}\".\"{table.GetTableName()}\"";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
#pragma warning disable EF1002 // the table name comes from the EF model, not from input
        var batch = await db.OutboxMessages
            .FromSqlRaw($"SELECT * FROM {qualified} WHERE processed_at IS NULL AND attempts < {MaxAttempts} ORDER BY attempts, occurred_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002

        var published = 0;
        foreach (var message in batch)
        {
            try
            {
                var type = Type.GetType(message.Type, throwOnError: true)!;
                var notification = JsonSerializer.Deserialize(message.Payload, type, OutboxMessage.JsonOptions)!;
                await publisher.Publish(notification, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow();
                message.LastError = null;
                published++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                LogPublishFailed(logger, ex, message.Id, message.Type, message.Attempts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (batch.Count, published);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox event {EventId} ({EventType}) failed on attempt {Attempt}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, Guid eventId, string eventType, int attempt);
}
