using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Llm.Domain;

namespace Zeron.Integrations.Features;

internal static class LlmPriceMapping
{
    public static LlmPriceDto ToDto(this LlmPrice p) => new(
        p.Id, p.Provider, p.Model, p.EffectiveFrom, p.InputPerMillion, p.OutputPerMillion,
        p.CacheWrite5mPerMillion, p.CacheWrite1hPerMillion, p.CacheReadPerMillion, p.UpdatedAt);
}
