using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Features.GetAiUsage;

/// <summary>
/// Sums the settled ledger rows of the span in the database, per UTC day, feature, provider and model (a few hundred
/// cells at most), then folds them into the asked grouping. Reserved rows (calls in flight) are left out.
/// </summary>
internal sealed class GetAiUsageHandler(IntegrationsDbContext db) : IQueryHandler<GetAiUsageQuery, AiUsageReport>
{
    public ValueTask<AiUsageReport> Handle(GetAiUsageQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync(query.OrganizationId, async () =>
        {
            var start = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var end = new DateTimeOffset(query.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var cells = await db.Database.SqlQuery<AiUsageCell>(
                $"""
                SELECT (created_at AT TIME ZONE 'UTC')::date AS day, feature, provider, model,
                       count(*) AS calls, sum(input_tokens)::bigint AS input_tokens,
                       sum(cache_write5m_tokens)::bigint AS cache_write5m_tokens, sum(cache_write1h_tokens)::bigint AS cache_write1h_tokens,
                       sum(cache_read_tokens)::bigint AS cache_read_tokens, sum(output_tokens)::bigint AS output_tokens,
                       sum(cost_usd) AS cost_usd,
                       count(*) FILTER (WHERE fallback) AS fallbacks, count(*) FILTER (WHERE outcome = 'Failed') AS failures
                FROM integrations.ai_usage
                WHERE organization_id = {query.OrganizationId} AND created_at >= {start} AND created_at < {end} AND outcome <> 'Reserved'
                GROUP BY 1, 2, 3, 4
                """).ToListAsync(cancellationToken);
            return AiUsageReports.Build(query, cells);
        }, cancellationToken);
}
