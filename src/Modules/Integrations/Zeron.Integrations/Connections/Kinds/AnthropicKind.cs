namespace Zeron.Integrations.Connections.Kinds;

/// <summary>Anthropic's Messages API: the key goes in <c>x-api-key</c>, with the API version header.</summary>
internal sealed class AnthropicKind : ModelListingKind
{
    public const string ApiVersion = "2023-06-01";

    public override string Name => "anthropic";

    public override string Title => "Anthropic";

    public override Uri? DefaultBaseUrl { get; } = new("https://api.anthropic.com");

    public override string? DefaultModel => "claude-haiku-4-5";

    /// <summary>The list is paged (20 by default); 1000 is its largest page, so the model check sees them all.</summary>
    public override HttpRequestMessage ProbeRequest(Uri baseUrl, string secret, string? email)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Under(baseUrl, "/v1/models?limit=1000"));
        request.Headers.Add("x-api-key", secret);
        request.Headers.Add("anthropic-version", ApiVersion);
        return request;
    }
}
