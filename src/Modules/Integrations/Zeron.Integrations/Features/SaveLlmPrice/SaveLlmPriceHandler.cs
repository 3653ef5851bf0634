using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Data;
using Zeron.Integrations.Llm.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Features.SaveLlmPrice;

/// <summary>
/// Adds a dated price row; rows are never edited, so a call is always priced by the row in force on its day. One row
/// per model and day: a second is a conflict (the unique index decides between two at once).
/// </summary>
internal sealed class SaveLlmPriceHandler(IntegrationsDbContext db, TimeProvider clock) : ICommandHandler<SaveLlmPriceCommand, Result<LlmPriceDto>>
{
    public static readonly Error Exists = Error.Conflict("llm_price.exists", "That model already has a price from that day; choose another day.");

    public async ValueTask<Result<LlmPriceDto>> Handle(SaveLlmPriceCommand command, CancellationToken cancellationToken)
    {
        if (await db.LlmPrices.AnyAsync(p => p.Provider == command.Provider && p.Model == command.Model && p.EffectiveFrom == command.EffectiveFrom, cancellationToken))
        {
            return Exists;
        }

        var price = new LlmPrice
        {
            Id = Guid.CreateVersion7(),
            Provider = command.Provider,
            Model = command.Model,
            EffectiveFrom = command.EffectiveFrom,
            InputPerMillion = command.InputPerMillion,
            OutputPerMillion = command.OutputPerMillion,
            CacheWrite5mPerMillion = command.CacheWrite5mPerMillion,
            CacheWrite1hPerMillion = command.CacheWrite1hPerMillion,
            CacheReadPerMillion = command.CacheReadPerMillion,
            UpdatedAt = clock.GetUtcNow(),
        };
        db.LlmPrices.Add(price);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Exists;
        }

        return price.ToDto();
    }
}
