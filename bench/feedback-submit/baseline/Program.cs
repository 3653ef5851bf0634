using Npgsql;

// The baseline for bench/feedback-submit: parse the same JSON body and insert one row with plain Npgsql.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Postgres")!);
await using (var setup = dataSource.CreateCommand(
    "CREATE SCHEMA IF NOT EXISTS bench; CREATE TABLE IF NOT EXISTS bench.baseline_rows (id uuid PRIMARY KEY, client_id text NOT NULL, message text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"))
{
    await setup.ExecuteNonQueryAsync();
}

var app = builder.Build();
app.MapPost("/submit", async (Submission body) =>
{
    await using var insert = dataSource.CreateCommand("INSERT INTO bench.baseline_rows (id, client_id, message) VALUES ($1, $2, $3)");
    insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
    insert.Parameters.Add(new NpgsqlParameter { Value = body.ClientId });
    insert.Parameters.Add(new NpgsqlParameter { Value = body.Message });
    await insert.ExecuteNonQueryAsync();
    return Results.Created();
});
app.Run();

internal sealed record Submission(string ClientId, string Message);
