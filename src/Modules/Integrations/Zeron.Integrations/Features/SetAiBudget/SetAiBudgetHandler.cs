using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Data;
using Zeron.Integrations.Features.GetAiStatus;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Features.SetAiBudget;

/// <summary>
/// Upserts the budget row in one statement (two first settings at once cannot both insert). The row stays when the
/// limit is removed (null): reservations lock it, and a change waits for a reservation being taken.
/// </summary>
internal sealed class SetAiBudgetHandler(IntegrationsDbContext db, AiStatusReader status, TimeProvider clock) : ICommandHandler<SetAiBudgetCommand, AiStatusDto>
{
    public async ValueTask<AiStatusDto> Handle(SetAiBudgetCommand command, CancellationToken cancellationToken)
    {
        await db.InTenantTransactionAsync(command.OrganizationId, () => db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO integrations.ai_budgets (organization_id, monthly_usd, updated_at)
            VALUES ({command.OrganizationId}, {command.MonthlyUsd}::numeric, {clock.GetUtcNow()})
            ON CONFLICT (organization_id) DO UPDATE SET monthly_usd = excluded.monthly_usd, updated_at = excluded.updated_at
            """, cancellationToken), cancellationToken);
        return await status.ReadAsync(command.OrganizationId, cancellationToken);
    }
}
