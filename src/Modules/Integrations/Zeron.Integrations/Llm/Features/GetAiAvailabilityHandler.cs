using Mediator;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm.Providers;

namespace Zeron.Integrations.Llm.Features;

/// <summary>Configured providers only (no outbound call): a provider in cooldown still counts, AI is on but busy.</summary>
internal sealed class GetAiAvailabilityHandler(LlmProviderCatalog catalog) : IQueryHandler<GetAiAvailability, AiAvailability>
{
    public async ValueTask<AiAvailability> Handle(GetAiAvailability query, CancellationToken cancellationToken) =>
        new((await catalog.ForOrganizationAsync(query.OrganizationId, cancellationToken)).Count > 0);
}
