using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

// The baselines of bench/feedback-submit: the same Kestrel, minimal-API and System.Text.Json setup as Zeron
// (WebApplication.CreateBuilder, no logging providers), minus Zeron.
//  POST /submit  exactly the writes a widget submission makes (ADR 6), in one round trip: one batch (one implicit
//                transaction) of set_config for the tenant and db-ceiling's statement, the item, its first message and
//                its outbox event guarded by the project key, as the app's role (row-level security applies, as for
//                Zeron) over a pool without session reset (as Zeron's).
//  POST /row     the bare one-row INSERT, the floor of any write.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var settings = builder.Configuration;
var runtime = new NpgsqlDataSourceBuilder(settings.GetConnectionString("Postgres")!);
runtime.ConnectionStringBuilder.NoResetOnClose = true;
var dataSource = runtime.Build();
var organizationId = Guid.Parse(settings["Bench:OrganizationId"]!);
var projectId = Guid.Parse(settings["Bench:ProjectId"]!);
await using (var owner = NpgsqlDataSource.Create(settings.GetConnectionString("PostgresOwner")!))
await using (var setup = owner.CreateCommand(
    "CREATE SCHEMA IF NOT EXISTS bench; CREATE TABLE IF NOT EXISTS bench.baseline_rows (id uuid PRIMARY KEY, client_id text NOT NULL, message text NOT NULL, created_at timestamptz NOT NULL DEFAULT now()); " +
    "GRANT USAGE ON SCHEMA bench TO zeron_app; GRANT INSERT ON bench.baseline_rows TO zeron_app"))
{
    await setup.ExecuteNonQueryAsync();
}

const string SubmitSql = """
    WITH item AS (
      INSERT INTO feedback.feedback_items (id, organization_id, project_id, client_id, message, category, status, submitter_email,
        anonymous_id, page_url, user_agent, metadata, tags, conversation_id, created_at, updated_at)
      SELECT $1, $2, $3, $4, $5, $6, 'New', NULL, NULL, NULL, $7, '{}'::jsonb, '{}'::text[], $8, $9, $9
      WHERE EXISTS (SELECT FROM feedback.projects WHERE id = $3 AND public_key = $10)
      ON CONFLICT (project_id, client_id) DO NOTHING RETURNING id
    ), first_message AS (
      INSERT INTO feedback.conversation_messages (id, organization_id, feedback_item_id, author, body, created_at)
      SELECT $11, $2, id, 'Submitter', $5, $9 FROM item
    ), received AS (
      INSERT INTO feedback.outbox_messages (id, type, payload, occurred_at, attempts)
      SELECT $12, 'feedback.feedback_received', $13, $9, 0 FROM item
    )
    SELECT id FROM item
    """;

var app = builder.Build();
app.MapPost("/submit", async (Submission body, HttpRequest request) =>
{
    var (id, conversationId, messageId, eventId, now) = (Guid.CreateVersion7(), Guid.NewGuid(), Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow);
    var category = body.Category ?? "other";
    var payload = JsonSerializer.Serialize(new { eventId, occurredAt = now, organizationId, projectId, feedbackItemId = id, category });
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var batch = new NpgsqlBatch(connection)
    {
        BatchCommands =
        {
            new NpgsqlBatchCommand("SELECT set_config('zeron.organization_id', $1, true)") { Parameters = { new() { Value = organizationId.ToString() } } },
            new NpgsqlBatchCommand(SubmitSql)
            {
                Parameters =
                {
                    new() { Value = id }, new() { Value = organizationId }, new() { Value = projectId }, new() { Value = body.ClientId },
                    new() { Value = body.Message }, new() { Value = category }, new() { Value = request.Headers.UserAgent.ToString() },
                    new() { Value = conversationId }, new() { Value = now }, new() { Value = body.ProjectKey }, new() { Value = messageId },
                    new() { Value = eventId }, new() { Value = payload, NpgsqlDbType = NpgsqlDbType.Jsonb },
                },
            },
        },
    };
    await batch.PrepareAsync();
    await using var reader = await batch.ExecuteReaderAsync();
    await reader.NextResultAsync();
    return await reader.ReadAsync() ? Results.Created((string?)null, new { id, conversationId }) : Results.Ok();
});
app.MapPost("/row", async (Submission body) =>
{
    await using var insert = dataSource.CreateCommand("INSERT INTO bench.baseline_rows (id, client_id, message) VALUES ($1, $2, $3)");
    insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
    insert.Parameters.Add(new NpgsqlParameter { Value = body.ClientId });
    insert.Parameters.Add(new NpgsqlParameter { Value = body.Message });
    await insert.ExecuteNonQueryAsync();
    return Results.Created();
});
app.Run();

internal sealed record Submission(string? ProjectKey, string ClientId, string Message, string? Category);
