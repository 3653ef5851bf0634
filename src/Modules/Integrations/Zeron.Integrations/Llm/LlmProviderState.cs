namespace Zeron.Integrations.Llm;

/// <summary>
/// A chat provider as an organization sees it now: <see cref="State"/> is <c>ok</c>, <c>cooldown</c> (until
/// <see cref="Until"/>, after repeated failures or a <c>Retry-After</c>) or <c>off</c> (not configured).
/// </summary>
internal sealed record LlmProviderState(string Name, string? Model, string State, DateTimeOffset? Until);

/// <summary>The router's view of its providers for one organization (instance settings merged with the organization's connections).</summary>
internal interface ILlmProviderStates
{
    Task<IReadOnlyList<LlmProviderState>> GetAsync(Guid organizationId, CancellationToken cancellationToken);
}
