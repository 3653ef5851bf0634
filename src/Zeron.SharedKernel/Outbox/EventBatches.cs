using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// The batch mechanics both dispatchers share (ADR 13): lock up to 50 pending rows of one event table with
/// <c>FOR UPDATE SKIP LOCKED</c> (several app instances can run side by side), let the dispatcher settle each row,
/// save and commit. Rows that failed before come after fresh ones, so a failing pile cannot hold new events back.
/// </summary>
internal static class EventBatches
{
    public const int BatchSize = 50;

    /// <summary>
    /// Per table: a run drains the outbox, then the inbox, and together they stay under the job's 5-second cadence, so
    /// runs rarely overlap (they could: SKIP LOCKED keeps them apart). A longer burst goes on in the next run.
    /// </summary>
    private static readonly TimeSpan DrainBudget = TimeSpan.FromSeconds(2);

    /// <returns>How many rows were selected, and how many of them succeeded.</returns>
    public static async Task<(int Selected, int Succeeded)> RunAsync<TMessage>(
        DbContext db, Func<List<TMessage>, Task> settle, CancellationToken cancellationToken)
        where TMessage : StoredEvent
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
#pragma warning disable EF1002 // the table name comes from the EF model, not from input
        var batch = await db.Set<TMessage>()
            .FromSqlRaw($"SELECT * FROM {db.QualifiedTable<TMessage>()} WHERE processed_at IS NULL AND attempts < {StoredEvent.MaxAttempts} ORDER BY attempts, occurred_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        try
        {
            await settle(batch);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: keep what was settled (those handlers ran and committed), leave the rest for the next run.
            await SaveAsync(db, transaction, CancellationToken.None);
            throw;
        }

        await SaveAsync(db, transaction, CancellationToken.None); // handlers ran: their rows are settled even if a shutdown begins now
        db.ChangeTracker.Clear();
        return (batch.Count, batch.Count(m => m.ProcessedAt is not null));
    }

    private static async Task SaveAsync(DbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Batch after batch until the table is empty, the time budget is spent, or a batch had a failure: the failed row
    /// then waits for the next run rather than burning its attempts within seconds.
    /// </summary>
    /// <returns>How many rows succeeded.</returns>
    public static async Task<int> DrainAsync(Func<Task<(int Selected, int Succeeded)>> runBatch, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        var total = 0;
        while (true)
        {
            var (selected, succeeded) = await runBatch();
            total += succeeded;
            if (selected < BatchSize || succeeded < selected || clock.GetElapsedTime(started) > DrainBudget)
            {
                return total;
            }
        }
    }
}
