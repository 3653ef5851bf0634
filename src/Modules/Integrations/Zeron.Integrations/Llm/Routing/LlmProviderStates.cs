using Zeron.Integrations.Llm.Providers;

namespace Zeron.Integrations.Llm.Routing;

/// <summary>Each provider in the router's order as the organization sees it: off (not configured), in cooldown until a time, or ok.</summary>
internal sealed class LlmProviderStates(LlmProviderCatalog catalog, ProviderCooldowns cooldowns) : ILlmProviderStates
{
    public async Task<IReadOnlyList<LlmProviderState>> GetAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var configured = await catalog.ForOrganizationAsync(organizationId, cancellationToken);
        var states = new List<LlmProviderState>();
        foreach (var name in LlmProviderCatalog.Order)
        {
            if (configured.FirstOrDefault(p => p.Name == name) is not { } provider)
            {
                states.Add(new LlmProviderState(name, catalog.InstanceOptions(name).Model, "off", null));
                continue;
            }

            var until = await cooldowns.UntilAsync(provider);
            states.Add(new LlmProviderState(name, provider.Model, until is null ? "ok" : "cooldown", until));
        }

        return states;
    }
}
