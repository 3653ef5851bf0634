namespace Zeron.Integrations.Llm;

/// <summary>
/// One chat provider as the router uses it: <see cref="Name"/> is <c>anthropic</c> or <c>openai</c>;
/// <see cref="ConnectionId"/> is set when an organization connection (not the instance settings) supplied it.
/// <see cref="ApiKey"/> is a secret: never log, return or persist it in clear.
/// </summary>
internal sealed record LlmProviderSettings(string Name, string ApiKey, Uri BaseUrl, string Model, Guid? ConnectionId);

/// <summary>An organization's own provider connections (kinds <c>anthropic</c>, <c>openai</c>), decrypted; each overrides the instance's provider of the same name.</summary>
internal interface IOrganizationProviderOverrides
{
    Task<IReadOnlyList<LlmProviderSettings>> GetAsync(Guid organizationId, CancellationToken cancellationToken);
}
