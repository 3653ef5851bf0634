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

/// <summary>
/// On a connection of its own, never inside the publisher's batch transaction (which, for a module consuming its own
/// events, is on the same DbContext): a failed insert then fails only this consumer's hand-off, recorded on the outbox
/// rows, instead of aborting the publisher's whole batch. <c>ON CONFLICT</c> makes a repeated hand-off harmless.
/// </summary>
internal sealed class ModuleInbox(NpgsqlDataSource dataSource, string module, string table) : IModuleInbox
{
    public string Module => module;

    public async Task AcceptAsync(IReadOnlyList<OutboxMessage> events, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {table} (id, type, payload, occurred_at, attempts)
            SELECT e.id, e.type, e.payload, e.occurred_at, 0 FROM unnest($1, $2, $3, $4) AS e(id, type, payload, occurred_at)
            ON CONFLICT (id) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. events.Select(e => e.Id)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.Type)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb, TypedValue = [.. events.Select(e => e.Payload)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. events.Select(e => e.OccurredAt)] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
