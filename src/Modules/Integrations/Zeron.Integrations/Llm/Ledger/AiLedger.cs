using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Data;
using Zeron.Integrations.Llm.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Llm.Ledger;

/// <summary>
/// The usage ledger and the monthly budget. A call first reserves its worst case under the organization's locked
/// budget row (so two calls never both take the last dollar), then is settled with what the provider reported.
/// A reservation a crash left open is settled as failed once it is older than <see cref="ReservationLifetime"/>, the
/// next time the organization reserves, so it does not hold the budget forever.
/// </summary>
internal sealed class AiLedger(IntegrationsDbContext db, LlmPriceBook prices, TimeProvider clock) : IAiUsageRecorder
{
    public static readonly TimeSpan ReservationLifetime = TimeSpan.FromMinutes(15);

    public Task<Result<Guid>> ReserveAsync(LlmPrompt prompt, LlmProviderSettings primary, int inputTokens, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync(prompt.OrganizationId, async () =>
        {
            var now = clock.GetUtcNow();
            var price = await prices.FindAsync(primary.Name, primary.Model, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
            var estimate = price is null ? 0m : new TokenUsage(inputTokens, 0, 0, 0, prompt.MaxOutputTokens).Cost(price);
            var budget = await db.AiBudgets
                .FromSql($"SELECT * FROM integrations.ai_budgets WHERE organization_id = {prompt.OrganizationId} FOR UPDATE")
                .AsNoTracking()
                .FirstOrDefaultAsync(cancellationToken);
            await ExpireStaleAsync(now, cancellationToken);
            if (budget?.MonthlyUsd is { } monthly && await db.AiUsage.SpentThisMonthAsync(prompt.OrganizationId, now, cancellationToken) + estimate > monthly)
            {
                return (Result<Guid>)AiErrors.BudgetExceeded;
            }

            var entry = NewEntry(prompt.OrganizationId, prompt.ProjectId, prompt.Feature, primary.Name, primary.Model, now);
            entry.ReservedUsd = estimate;
            db.AiUsage.Add(entry);
            return (Result<Guid>)entry.Id;
        }, cancellationToken).AsTask();

    /// <summary>Settles a reservation with what happened; never fails the caller's answer for want of a price.</summary>
    public async Task<decimal> SettleAsync(Guid organizationId, Guid entryId, LlmCallSettlement settlement, CancellationToken cancellationToken) =>
        await db.InTenantTransactionAsync(organizationId, async () =>
        {
            var entry = await db.AiUsage.FirstAsync(u => u.Id == entryId, cancellationToken);
            var cost = await CostAsync(settlement.Provider, settlement.Model, settlement.Usage, entry.CreatedAt, cancellationToken);
            entry.Provider = settlement.Provider;
            entry.Model = settlement.Model;
            Apply(entry, settlement.Usage, cost, settlement.Latency, settlement.Ok, settlement.Error);
            entry.Fallback = settlement.Fallback;
            entry.SettledAt = clock.GetUtcNow();
            return cost;
        }, cancellationToken);

    public async Task RecordAsync(AiUsageRecord record, CancellationToken cancellationToken) =>
        await db.InTenantTransactionAsync(record.OrganizationId, async () =>
        {
            var now = clock.GetUtcNow();
            var entry = NewEntry(record.OrganizationId, record.ProjectId, record.Feature, record.Provider, record.Model, now);
            entry.SettledAt = now;
            Apply(entry, record.Usage, await CostAsync(record.Provider, record.Model, record.Usage, now, cancellationToken), record.Latency, record.Ok, record.Error);
            db.AiUsage.Add(entry);
            return entry.Id;
        }, cancellationToken);

    public static string FeatureName(AiFeature feature) => feature.ToString().ToLowerInvariant();

    private static AiUsageEntry NewEntry(Guid organizationId, Guid? projectId, AiFeature feature, string provider, string model, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        ProjectId = projectId,
        Feature = FeatureName(feature),
        Provider = provider,
        Model = model,
        CreatedAt = now,
    };

    private static void Apply(AiUsageEntry entry, TokenUsage usage, decimal cost, TimeSpan latency, bool ok, string? error)
    {
        entry.InputTokens = usage.Input;
        entry.CacheWrite5mTokens = usage.CacheWrite5m;
        entry.CacheWrite1hTokens = usage.CacheWrite1h;
        entry.CacheReadTokens = usage.CacheRead;
        entry.OutputTokens = usage.Output;
        entry.CostUsd = cost;
        entry.ReservedUsd = 0;
        entry.LatencyMs = (int)Math.Min(int.MaxValue, latency.TotalMilliseconds);
        entry.Outcome = ok ? AiCallOutcome.Ok : AiCallOutcome.Failed;
        entry.Error = error is { Length: > 300 } ? error[..300] : error;
    }

    private async Task<decimal> CostAsync(string provider, string model, TokenUsage usage, DateTimeOffset at, CancellationToken cancellationToken) =>
        await prices.FindAsync(provider, model, DateOnly.FromDateTime(at.UtcDateTime), cancellationToken) is { } price ? usage.Cost(price) : 0m;

    private Task<int> ExpireStaleAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stale = now - ReservationLifetime;
        return db.AiUsage
            .Where(u => u.Outcome == AiCallOutcome.Reserved && u.CreatedAt < stale)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Outcome, AiCallOutcome.Failed)
                .SetProperty(u => u.ReservedUsd, 0m)
                .SetProperty(u => u.Error, "reservation expired (the call never settled)")
                .SetProperty(u => u.SettledAt, now), cancellationToken);
    }
}

/// <summary>How a call ended: who served it (or was tried last), its disjoint usage, and whether a fallback served it.</summary>
internal sealed record LlmCallSettlement(string Provider, string Model, TokenUsage Usage, TimeSpan Latency, bool Ok, bool Fallback, string? Error);
