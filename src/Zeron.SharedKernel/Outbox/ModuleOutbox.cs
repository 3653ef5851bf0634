using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Outbox;

/// <summary>
/// What one module's outbox still holds: events waiting to be published (and since when), and events the dispatcher
/// gave up on after <see cref="OutboxMessage.MaxAttempts"/> failures, which stay until someone looks.
/// </summary>
public sealed record OutboxBacklog(string Module, string Table, int Waiting, DateTimeOffset? OldestWaiting, int GivenUp);

/// <summary>An event the dispatcher gave up on; its payload is not shown (it may carry personal data).</summary>
public sealed record GivenUpEvent(Guid Id, string Type, DateTimeOffset OccurredAt, int Attempts, string? LastError);

/// <summary>One module's outbox as operators see it: readiness reads the backlog, the admin page lists and retries.</summary>
public interface IModuleOutbox
{
    string Module { get; }

    Task<OutboxBacklog> ReadBacklogAsync(CancellationToken cancellationToken);

    /// <summary>The most recent given-up events, newest first.</summary>
    Task<IReadOnlyList<GivenUpEvent>> ListGivenUpAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Gives every given-up event its attempts back; the dispatcher takes them within seconds.</summary>
    /// <returns>How many events will be tried again.</returns>
    Task<int> RetryGivenUpAsync(CancellationToken cancellationToken);
}

internal sealed class ModuleOutbox<TContext>(TContext db, string module, string schema) : IModuleOutbox
    where TContext : DbContext, IOutboxDbContext
{
    private const int MaxAttempts = OutboxMessage.MaxAttempts;

    public string Module => module;

    private string Table => $"{schema}.{OutboxMessage.TableName}";

    /// <summary>One pass over the unprocessed rows (the partial index on <c>occurred_at WHERE processed_at IS NULL</c>).</summary>
    public async Task<OutboxBacklog> ReadBacklogAsync(CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // the table name comes from the module's registration, not from input
        var counts = await db.Database.SqlQueryRaw<Counts>(
            $"""
            SELECT count(*) FILTER (WHERE attempts < {MaxAttempts})::int AS waiting,
                   min(occurred_at) FILTER (WHERE attempts < {MaxAttempts}) AS oldest_waiting,
                   count(*) FILTER (WHERE attempts >= {MaxAttempts})::int AS given_up
            FROM {Table} WHERE processed_at IS NULL
            """).SingleAsync(cancellationToken);
#pragma warning restore EF1002
        return new OutboxBacklog(module, Table, counts.Waiting, counts.OldestWaiting, counts.GivenUp);
    }

    public async Task<IReadOnlyList<GivenUpEvent>> ListGivenUpAsync(int limit, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.Attempts >= MaxAttempts)
            .OrderByDescending(m => m.OccurredAt).Take(limit)
            .Select(m => new GivenUpEvent(m.Id, m.Type, m.OccurredAt, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);

    public Task<int> RetryGivenUpAsync(CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.ProcessedAt == null && m.Attempts >= MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, 0), cancellationToken);

    /// <summary>Column names are snake case, as the modules' naming convention maps these properties.</summary>
    private sealed record Counts(int Waiting, DateTimeOffset? OldestWaiting, int GivenUp);
}
