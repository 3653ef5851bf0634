using Npgsql;
using NpgsqlTypes;
using Zeron.Feedback.Domain;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>The rows of one new submission: the item, its first conversation message and its outbox event.</summary>
internal sealed record SubmissionRows(FeedbackItem Item, ConversationMessage FirstMessage, OutboxMessage Received);

/// <summary>
/// Stores a new submission in one round trip and one transaction (one batch): all of its rows, or none of them when
/// the client id is taken (the unique index settles races, also against submissions still in flight) or the key no
/// longer names the project (rotated or deleted meanwhile; with a version, also when the project changed at all).
/// </summary>
internal static class SubmissionInsert
{
    /// <summary>Inserted only while the key names the project.</summary>
    private static readonly string InsertSql = Insert(projectStill: "id = @project_id AND public_key = @key");

    /// <summary>
    /// Inserted only while the project is also still at the version its rules were read at. A statement of its own
    /// rather than "@version IS NULL OR ...", which PostgreSQL would plan anew on every execution of the prepared statement.
    /// </summary>
    private static readonly string InsertIfUnchangedSql = Insert(projectStill: "id = @project_id AND public_key = @key AND xmin = @version");

    // The message and the event are inserted only from the item CTE's RETURNING, so all three are stored or none.
    private static string Insert(string projectStill) => $$"""
        WITH item AS (
            INSERT INTO feedback.feedback_items (id, organization_id, project_id, client_id, message, category, status,
                submitter_email, anonymous_id, page_url, user_agent, metadata, tags, conversation_id, created_at, updated_at)
            SELECT @id, @organization_id, @project_id, @client_id, @message, @category, @status,
                @submitter_email, @anonymous_id, @page_url, @user_agent, @metadata, '{}'::text[], @conversation_id, @created_at, @created_at
            WHERE EXISTS (SELECT FROM feedback.projects WHERE {{projectStill}})
            ON CONFLICT (project_id, client_id) DO NOTHING
            RETURNING id
        ), first_message AS (
            INSERT INTO feedback.conversation_messages (id, organization_id, feedback_item_id, author, body, created_at)
            SELECT @message_id, @organization_id, id, @author, @message, @created_at FROM item
        ), received AS (
            INSERT INTO feedback.{{OutboxMessage.TableName}} (id, type, payload, occurred_at, attempts)
            SELECT @event_id, @event_type, @event_payload, @occurred_at, 0 FROM item
        )
        SELECT id FROM item
        """;

    /// <summary>Stores the rows only if the key still names the project at <paramref name="version"/>.</summary>
    /// <returns>Whether they were stored; if not, nothing is known but that this version cannot take them.</returns>
    public static async Task<bool> TryInsertAsync(NpgsqlConnection connection, string key, uint version, SubmissionRows rows, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands = { RowLevelSecurity.SetOrganizationCommand(rows.Item.OrganizationId), InsertCommand(InsertIfUnchangedSql, key, rows, version) },
        };
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken);
    }

    /// <summary>Stores the rows if the key still names the project, then reads what the client id holds.</summary>
    /// <returns>What is stored under the client id afterwards: these rows, an earlier submission, or null when the key is gone.</returns>
    public static async Task<StoredSubmission?> InsertOrFindAsync(NpgsqlConnection connection, string key, SubmissionRows rows, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                RowLevelSecurity.SetOrganizationCommand(rows.Item.OrganizationId),
                InsertCommand(InsertSql, key, rows),
                // A later statement of the same transaction: it sees this insert, or the one that beat it to the index.
                SubmissionTargetQuery.StoredCommand(key, rows.Item.ClientId),
            },
        };
        await batch.PrepareAsync(cancellationToken);
        // One result per command (each is a SELECT): set_config's, the inserted id (if any), then the stored row.
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await SubmissionTargetQuery.ReadStoredAsync(reader, cancellationToken);
    }

    private static NpgsqlBatchCommand InsertCommand(string sql, string key, SubmissionRows rows, uint? version = null)
    {
        var (item, message, received) = rows;
        var command = new NpgsqlBatchCommand(sql)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid>("id", item.Id),
                new NpgsqlParameter<Guid>("organization_id", item.OrganizationId),
                new NpgsqlParameter<Guid>("project_id", item.ProjectId),
                new NpgsqlParameter<string>("key", key),
                new NpgsqlParameter<string>("client_id", item.ClientId),
                new NpgsqlParameter<string>("message", item.Message),
                new NpgsqlParameter<string>("category", item.Category),
                new NpgsqlParameter<string>("status", item.Status.ToString()),
                Text("submitter_email", item.SubmitterEmail),
                Text("anonymous_id", item.AnonymousId),
                Text("page_url", item.PageUrl),
                Text("user_agent", item.UserAgent),
                new NpgsqlParameter<string>("metadata", NpgsqlDbType.Jsonb) { TypedValue = item.Metadata },
                new NpgsqlParameter<Guid>("conversation_id", item.ConversationId),
                new NpgsqlParameter<DateTimeOffset>("created_at", item.CreatedAt),
                new NpgsqlParameter<Guid>("message_id", message.Id),
                new NpgsqlParameter<string>("author", message.Author.ToString()),
                new NpgsqlParameter<Guid>("event_id", received.Id),
                new NpgsqlParameter<string>("event_type", received.Type),
                new NpgsqlParameter<string>("event_payload", NpgsqlDbType.Jsonb) { TypedValue = received.Payload },
                new NpgsqlParameter<DateTimeOffset>("occurred_at", received.OccurredAt),
            },
        };
        if (version is { } v)
        {
            command.Parameters.Add(new NpgsqlParameter("version", NpgsqlDbType.Xid) { Value = v });
        }

        return command;
    }

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
