using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Outbox;

/// <summary>Which of a module's event tables: what it published (outbox) or what it consumes (inbox).</summary>
public enum EventQueueKind
{
    Outbox,
    Inbox,
}

/// <summary>
/// What one event table still holds: events waiting (and since when), and events its dispatcher gave up on after
/// <see cref="StoredEvent.MaxAttempts"/> failures, which stay until someone looks.
/// </summary>
public sealed record EventBacklog(string Module, EventQueueKind Kind, string Table, int Waiting, DateTimeOffset? OldestWaiting, int GivenUp)
{
    /// <summary>How operators read it: "Feedback" for an outbox (as before inboxes existed), "Analytics inbox" for an inbox.</summary>
    public string Label => Kind == EventQueueKind.Outbox ? Module : $"{Module} inbox";
}

/// <summary>An event a dispatcher gave up on; its payload is not shown (it may carry personal data).</summary>
public sealed record GivenUpEvent(Guid Id, string Type, DateTimeOffset OccurredAt, int Attempts, string? LastError);

/// <summary>One event table as operators see it: readiness reads the backlog, the admin page lists and retries.</summary>
public interface IModuleEventQueue
{
    string Module { get; }

    EventQueueKind Kind { get; }

    Task<EventBacklog> ReadBacklogAsync(CancellationToken cancellationToken);

    /// <summary>The most recent given-up events, newest first.</summary>
    Task<IReadOnlyList<GivenUpEvent>> ListGivenUpAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Gives every given-up event its attempts back; the dispatcher takes them within seconds.</summary>
    /// <returns>How many events will be tried again.</returns>
    Task<int> RetryGivenUpAsync(CancellationToken cancellationToken);
}

internal sealed class ModuleEventQueue<TContext, TMessage>(TContext db, string module, EventQueueKind kind) : IModuleEventQueue
    where TContext : DbContext, IEventTablesDbContext
    where TMessage : StoredEvent
{
    private const int MaxAttempts = StoredEvent.MaxAttempts;

    public string Module => module;

    public EventQueueKind Kind => kind;

    private DbSet<TMessage> Messages => db.Set<TMessage>();

    /// <summary>One pass over the unprocessed rows (the partial index on <c>occurred_at WHERE processed_at IS NULL</c>).</summary>
    public async Task<EventBacklog> ReadBacklogAsync(CancellationToken cancellationToken)
    {
        var table = db.QualifiedTable<TMessage>();
#pragma warning disable EF1002 // the table name comes from the EF model, not from input
        var counts = await db.Database.SqlQueryRaw<Counts>(
            $"""
            SELECT count(*) FILTER (WHERE attempts < {MaxAttempts})::int AS waiting,
                   min(occurred_at) FILTER (WHERE attempts < {MaxAttempts}) AS oldest_waiting,
                   count(*) FILTER (WHERE attempts >= {MaxAttempts})::int AS given_up
            FROM {table} WHERE processed_at IS NULL
            """).SingleAsync(cancellationToken);
#pragma warning restore EF1002
        return new EventBacklog(module, kind, table.Replace("\"", "", StringComparison.Ordinal), counts.Waiting, counts.OldestWaiting, counts.GivenUp);
    }

    public async Task<IReadOnlyList<GivenUpEvent>> ListGivenUpAsync(int limit, CancellationToken cancellationToken) =>
        await Messages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.Attempts >= MaxAttempts)
            .OrderByDescending(m => m.OccurredAt).Take(limit)
            .Select(m => new GivenUpEvent(m.Id, m.Type, m.OccurredAt, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);

    public Task<int> RetryGivenUpAsync(CancellationToken cancellationToken) =>
        Messages.Where(m => m.ProcessedAt == null && m.Attempts >= MaxAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, 0), cancellationToken);

    /// <summary>Column names are snake case, as the modules' naming convention maps these properties.</summary>
    private sealed record Counts(int Waiting, DateTimeOffset? OldestWaiting, int GivenUp);
}
