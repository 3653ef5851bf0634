using System.Net.Http.Headers;

namespace Zeron.Integrations.Connections.Kinds;

/// <summary>OpenAI's API (or one speaking its shape): the key as a bearer token.</summary>
internal sealed class OpenAiKind : ModelListingKind
{
    public override string Name => "openai";

    public override string Title => "OpenAI";

    public override Uri? DefaultBaseUrl { get; } = new("https://api.openai.com");

    public override string? DefaultModel => "gpt-5-mini";

    public override HttpRequestMessage ProbeRequest(Uri baseUrl, string secret, string? email) =>
        new(HttpMethod.Get, Under(baseUrl, "/v1/models")) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", secret) } };
}
