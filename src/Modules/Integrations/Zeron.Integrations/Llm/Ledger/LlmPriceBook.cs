using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zeron.Integrations.Data;
using Zeron.Integrations.Llm.Domain;

namespace Zeron.Integrations.Llm.Ledger;

/// <summary>The price row in force for a model on a UTC day: the latest with <c>EffectiveFrom ≤ day</c>. Unknown model: none, and a warning.</summary>
internal sealed partial class LlmPriceBook(IntegrationsDbContext db, ILogger<LlmPriceBook> logger)
{
    public async Task<LlmPrice?> FindAsync(string provider, string model, DateOnly day, CancellationToken cancellationToken)
    {
        var price = await db.LlmPrices.AsNoTracking()
            .Where(p => p.Provider == provider && p.Model == model && p.EffectiveFrom <= day)
            .OrderByDescending(p => p.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
        if (price is null)
        {
            NoPrice(provider, model, day);
        }

        return price;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No price for {Provider} model {Model} on {Day}: its calls are recorded at cost 0")]
    private partial void NoPrice(string provider, string model, DateOnly day);
}
