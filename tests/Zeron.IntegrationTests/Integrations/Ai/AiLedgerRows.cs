using Npgsql;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Integrations.Ai;

/// <summary>Usage-ledger rows written as the router writes them, straight into the table (as the owner, past RLS).</summary>
internal static class AiLedgerRows
{
    public static async Task InsertAsync(
        this NpgsqlConnection db, Guid organizationId, DateTimeOffset createdAt, string feature, string provider, string model,
        long input = 0, long write5m = 0, long write1h = 0, long read = 0, long output = 0,
        decimal cost = 0m, decimal reserved = 0m, string outcome = "Ok", bool fallback = false) =>
        await db.ExecuteAsync(
            """
            INSERT INTO integrations.ai_usage (id, organization_id, feature, provider, model, input_tokens, cache_write5m_tokens,
                cache_write1h_tokens, cache_read_tokens, output_tokens, reserved_usd, cost_usd, latency_ms, outcome, fallback, created_at, settled_at)
            VALUES (gen_random_uuid(), @org, @feature, @provider, @model, @input, @write5m, @write1h, @read, @output, @reserved, @cost, 120,
                @outcome, @fallback, @created, CASE WHEN @outcome = 'Reserved' THEN NULL ELSE @created END)
            """,
            ("org", organizationId), ("feature", feature), ("provider", provider), ("model", model), ("input", input), ("write5m", write5m),
            ("write1h", write1h), ("read", read), ("output", output), ("reserved", reserved), ("cost", cost), ("outcome", outcome),
            ("fallback", fallback), ("created", createdAt));

    public static DateTimeOffset At(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
