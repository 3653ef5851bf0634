using Npgsql;
using Zeron.Feedback.Features.Widget;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>What a submission needs of its project, as read at one row version (PostgreSQL's <c>xmin</c>).</summary>
internal sealed record ProjectSnapshot(Guid Id, Guid OrganizationId, string[] AllowedOrigins, string[] Categories, uint Version);

/// <summary>A submission as stored: the first item stored under its client id, and that item's conversation.</summary>
internal sealed record StoredSubmission(Guid ItemId, Guid ConversationId);

/// <summary>The project a key names, and what was stored before under the submission's client id.</summary>
internal sealed record SubmissionTarget(ProjectSnapshot Project, StoredSubmission? Earlier);

/// <summary>
/// Reads the <see cref="SubmissionTarget"/> in one round trip (one batch, so one implicit transaction): the key opens
/// row-level security's <c>widget_key_lookup</c> door, the project row switches the rest of the batch to its
/// organization, and inside that organization the earlier submission with the same client id is looked up.
/// </summary>
internal static class SubmissionTargetQuery
{
    private const string ProjectSql = $"""
        SELECT id, organization_id, allowed_origins, categories, xmin, set_config('{RowLevelSecurity.OrganizationSetting}', organization_id::text, true)
        FROM feedback.projects
        WHERE public_key = $1
        """;

    /// <summary>The submission stored under a key and client id ($1, $2); empty when the key names no project.</summary>
    /// <remarks>
    /// Not a join: as a prepared statement its plan is made once, maybe while the tables have no statistics yet, and
    /// then the planner would join by scanning feedback_items. Both columns of the unique index keep it an index lookup.
    /// </remarks>
    private const string StoredSql = """
        SELECT id, conversation_id
        FROM feedback.feedback_items
        WHERE project_id = (SELECT id FROM feedback.projects WHERE public_key = $1) AND client_id = $2
        """;

    public static async Task<SubmissionTarget?> FindAsync(NpgsqlConnection connection, string key, string clientId, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                RowLevelSecurity.SetLocalCommand(WidgetLookups.ProjectKeySetting, key),
                new NpgsqlBatchCommand(ProjectSql) { Parameters = { new() { Value = key } } },
                StoredCommand(key, clientId),
            },
        };
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var project = new ProjectSnapshot(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<string[]>(2),
            reader.GetFieldValue<string[]>(3), reader.GetFieldValue<uint>(4));
        await reader.NextResultAsync(cancellationToken);
        return new SubmissionTarget(project, await ReadStoredAsync(reader, cancellationToken));
    }

    public static NpgsqlBatchCommand StoredCommand(string key, string clientId) =>
        new(StoredSql) { Parameters = { new() { Value = key }, new() { Value = clientId } } };

    /// <summary>Reads the current result set of a <see cref="StoredCommand"/>.</summary>
    public static async Task<StoredSubmission?> ReadStoredAsync(NpgsqlDataReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken) ? new StoredSubmission(reader.GetGuid(0), reader.GetGuid(1)) : null;
}
