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

    public async Task<OutboxBacklog> ReadAsync(CancellationToken cancellationToken)
    {
        var open = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAt == null);
        var waiting = await open.Where(m => m.Attempts < MaxAttempts).CountAsync(cancellationToken);
        var oldest = waiting == 0 ? null : await open.Where(m => m.Attempts < MaxAttempts).MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
        var givenUp = await open.Where(m => m.Attempts >= MaxAttempts).CountAsync(cancellationToken);
        return new OutboxBacklog(module, $"{schema}.{OutboxMessage.TableName}", waiting, oldest, givenUp);
    }
}
