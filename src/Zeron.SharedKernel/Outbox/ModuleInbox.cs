using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Zeron.SharedKernel.Outbox;

/// <summary>Where a consuming module takes in events for its handlers: its own <c>inbox_messages</c> table.</summary>
public interface IModuleInbox
{
    string Module { get; }

    /// <summary>Stores the events not already there (the event id is the key), committed when this returns.</summary>
    Task AcceptAsync(IReadOnlyList<OutboxMessage> events, CancellationToken cancellationToken);
}

internal sealed class ModuleInbox<TContext>(TContext db, string module) : IModuleInbox
    where TContext : DbContext, IEventTablesDbContext
{
    public string Module => module;

    public async Task AcceptAsync(IReadOnlyList<OutboxMessage> events, CancellationToken cancellationToken)
    {
        // One statement for the whole batch; a redelivered event (the publisher crashed before marking it) is skipped.
#pragma warning disable EF1002 // the table name comes from the EF model, not from input
        await db.Database.ExecuteSqlRawAsync(
            $"""
            INSERT INTO {db.QualifiedTable<InboxMessage>()} (id, type, payload, occurred_at, attempts)
            SELECT e.id, e.type, e.payload, e.occurred_at, 0 FROM unnest(@ids, @types, @payloads, @occurred) AS e(id, type, payload, occurred_at)
            ON CONFLICT (id) DO NOTHING
            """,
            [
                new NpgsqlParameter<Guid[]>("ids", events.Select(e => e.Id).ToArray()),
                new NpgsqlParameter<string[]>("types", events.Select(e => e.Type).ToArray()),
                new NpgsqlParameter<string[]>("payloads", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = events.Select(e => e.Payload).ToArray() },
                new NpgsqlParameter<DateTimeOffset[]>("occurred", events.Select(e => e.OccurredAt).ToArray()),
            ],
            cancellationToken);
#pragma warning restore EF1002
    }
}
