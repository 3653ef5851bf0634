using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Llm.Domain;

namespace Zeron.Integrations.Llm.Ledger;

/// <summary>
/// What an organization has spent this UTC month, as the budget counts it: settled calls at their cost, calls in
/// flight at what they reserved. One definition for the budget check and the status the API and page show.
/// </summary>
internal static class MonthlySpend
{
    public static Task<decimal> SpentThisMonthAsync(this IQueryable<AiUsageEntry> usage, Guid organizationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var monthStart = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return usage.Where(u => u.OrganizationId == organizationId && u.CreatedAt >= monthStart)
            .SumAsync(u => u.Outcome == AiCallOutcome.Reserved ? u.ReservedUsd : u.CostUsd, cancellationToken);
    }
}
