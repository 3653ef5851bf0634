using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Data;
using Zeron.Integrations.Llm;
using Zeron.Integrations.Llm.Ledger;
using Zeron.Integrations.Llm.Domain;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Features.GetAiStatus;

/// <summary>
/// The status body (also the budget change's answer): availability and providers from the router, budget and this UTC
/// month's spending (settled cost plus open reservations) from the ledger.
/// </summary>
internal sealed class AiStatusReader(IntegrationsDbContext db, ISender sender, ILlmProviderStates providers, TimeProvider clock)
{
    public async Task<AiStatusDto> ReadAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var availability = await sender.Send(new GetAiAvailability(organizationId), cancellationToken);
        var states = await providers.GetAsync(organizationId, cancellationToken);
        var (budget, spent) = await db.InTenantTransactionAsync(organizationId, async () =>
        {
            var monthly = await db.AiBudgets.AsNoTracking().Where(b => b.OrganizationId == organizationId)
                .Select(b => b.MonthlyUsd).FirstOrDefaultAsync(cancellationToken);
            var spentUsd = await db.AiUsage.AsNoTracking().SpentThisMonthAsync(organizationId, clock.GetUtcNow(), cancellationToken);
            return (monthly, spentUsd);
        }, cancellationToken);
        return new AiStatusDto(
            availability.Enabled,
            [.. states.Select(s => new AiProviderStatusDto(s.Name, s.Model, s.State, s.Until))],
            budget,
            spent);
    }
}
