using Zeron.Integrations.Llm;

namespace Zeron.Integrations.Connections;

/// <summary>Organization connections do not exist yet (the connections slice adds them): no organization overrides a provider.</summary>
internal sealed class OrganizationProviderOverrides : IOrganizationProviderOverrides
{
    public Task<IReadOnlyList<LlmProviderSettings>> GetAsync(Guid organizationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LlmProviderSettings>>([]);
}
