using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Llm;

/// <summary>One <c>integrations.ai_usage</c> row as the tests read it (as the database owner, under the API).</summary>
internal sealed record LedgerRow(
    string Provider, string Model, long Input, long CacheWrite5m, long CacheWrite1h, long CacheRead, long Output,
    decimal ReservedUsd, decimal CostUsd, string Outcome, bool Fallback, string? Error, string Feature);

internal static class LlmLedgerRows
{
    public static async Task<List<LedgerRow>> LedgerAsync(this ZeronAppFactory app, Guid organizationId)
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT provider, model, input_tokens, cache_write5m_tokens, cache_write1h_tokens, cache_read_tokens, output_tokens,
                   reserved_usd, cost_usd, outcome, fallback, error, feature
            FROM integrations.ai_usage WHERE organization_id = @org ORDER BY created_at, id
            """, db);
        command.Parameters.AddWithValue("org", organizationId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<LedgerRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new LedgerRow(
                reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                reader.GetInt64(6), reader.GetDecimal(7), reader.GetDecimal(8), reader.GetString(9), reader.GetBoolean(10),
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.GetString(12)));
        }

        return rows;
    }
}
