using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Data;

namespace Zeron.Integrations.Features.ListLlmPrices;

/// <summary>The instance-wide price rows (no tenant: prices are the same for every organization).</summary>
internal sealed class ListLlmPricesHandler(IntegrationsDbContext db) : IQueryHandler<ListLlmPricesQuery, IReadOnlyList<LlmPriceDto>>
{
    public async ValueTask<IReadOnlyList<LlmPriceDto>> Handle(ListLlmPricesQuery query, CancellationToken cancellationToken)
    {
        var prices = await db.LlmPrices.AsNoTracking()
            .OrderBy(p => p.Provider).ThenBy(p => p.Model).ThenByDescending(p => p.EffectiveFrom)
            .ToListAsync(cancellationToken);
        return [.. prices.Select(p => p.ToDto())];
    }
}
