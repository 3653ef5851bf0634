using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// What one module's outbox still holds: events waiting to be published (and since when), and events the dispatcher
/// gave up on after <see cref="OutboxDispatcher{TContext}.MaxAttempts"/> failures, which stay in the table with their
/// last error until someone looks.
/// </summary>
public sealed record OutboxBacklog(string Module, string Table, int Waiting, DateTimeOffset? OldestWaiting, int GivenUp);

public interface IOutboxBacklogReader
{
    Task<OutboxBacklog> ReadAsync(CancellationToken cancellationToken);
}

internal sealed class OutboxBacklogReader<TContext>(TContext db, string module, string schema) : IOutboxBacklogReader
    where TContext : DbContext, IOutboxDbContext
{
    private const int MaxAttempts = OutboxDispatcher<TContext>.MaxAttempts;

    /// <summary>One pass over the unprocessed rows (the partial index on <c>occurred_at WHERE processed_at IS NULL</c>).</summary>
    public async Task<OutboxBacklog> ReadAsync(CancellationToken cancellationToken)
    {
        var table = $"{schema}.{OutboxMessage.TableName}";
#pragma warning disable EF1002 // the table name comes from the module's registration, not from input
        var counts = await db.Database.SqlQueryRaw<Counts>(
            $"""
            SELECT count(*) FILTER (WHERE attempts < {MaxAttempts})::int AS waiting,
                   min(occurred_at) FILTER (WHERE attempts < {MaxAttempts}) AS oldest_waiting,
                   count(*) FILTER (WHERE attempts >= {MaxAttempts})::int AS given_up
            FROM {table} WHERE processed_at IS NULL
            """).SingleAsync(cancellationToken);
#pragma warning restore EF1002
        return new OutboxBacklog(module, table, counts.Waiting, counts.OldestWaiting, counts.GivenUp);
    }

    /// <summary>Column names are snake case, as the modules' naming convention maps these properties.</summary>
    private sealed record Counts(int Waiting, DateTimeOffset? OldestWaiting, int GivenUp);
}
