using Microsoft.Extensions.Options;

namespace Zeron.Integrations.Llm.Providers;

/// <summary>
/// Which chat providers serve an organization, in the router's order (Anthropic first, OpenAI as fallback): the
/// organization's own connection of a kind replaces the instance's provider of that name. Empty means "AI is off".
/// </summary>
internal sealed class LlmProviderCatalog(IOptions<LlmOptions> options, IOrganizationProviderOverrides overrides)
{
    public const string Anthropic = "anthropic";
    public const string OpenAi = "openai";

    public static readonly IReadOnlyList<string> Order = [Anthropic, OpenAi];

    public async Task<IReadOnlyList<LlmProviderSettings>> ForOrganizationAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var own = await overrides.GetAsync(organizationId, cancellationToken);
        return Order.Select(name => own.FirstOrDefault(p => p.Name == name) ?? Instance(name)).OfType<LlmProviderSettings>().ToList();
    }

    /// <summary>The instance's settings of a provider (its model even when it is off, for the status page).</summary>
    public LlmProviderOptions InstanceOptions(string name) => name == Anthropic ? options.Value.Anthropic : options.Value.OpenAI;

    private LlmProviderSettings? Instance(string name)
    {
        var provider = InstanceOptions(name);
        return string.IsNullOrWhiteSpace(provider.ApiKey)
            ? null
            : new LlmProviderSettings(name, provider.ApiKey, new Uri(provider.BaseUrl), provider.Model, ConnectionId: null);
    }
}
