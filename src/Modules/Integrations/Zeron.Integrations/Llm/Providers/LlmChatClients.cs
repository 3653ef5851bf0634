using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http;
using Anthropic;
using Anthropic.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Zeron.Integrations.Llm.Providers;

/// <summary>
/// One provider's <see cref="IChatClient"/>: the official SDK (its retries off: the router owns them) over an
/// HttpClient from the factory, then M.E.AI's OpenTelemetry and logging clients, then <see cref="ProviderAttemptChatClient"/>
/// (the attempt's timeout and failure classification). Organization base URLs go through the outbound SSRF guard.
/// </summary>
internal sealed class LlmChatClients(IHttpClientFactory httpClients, IOptions<LlmOptions> options, ILoggerFactory loggers)
{
    /// <summary>For the instance's providers: the operator chose the base URL.</summary>
    public const string InstanceHttpClient = "llm-instance";

    /// <summary>For an organization's connections: behind <c>AddOutboundGuard()</c>.</summary>
    public const string OrganizationHttpClient = "llm-organization";

    public const string TelemetrySource = "Zeron.Llm";

    public IChatClient Create(LlmProviderSettings provider)
    {
        var http = httpClients.CreateClient(provider.ConnectionId is null ? InstanceHttpClient : OrganizationHttpClient);
        var sdk = provider.Name == LlmProviderCatalog.Anthropic ? Anthropic(provider, http) : OpenAi(provider, http);
        var settings = provider.Name == LlmProviderCatalog.Anthropic ? options.Value.Anthropic : options.Value.OpenAI;
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        return sdk.AsBuilder()
            .Use(inner => new ProviderAttemptChatClient(inner, provider.Name, timeout))
            .UseLogging(loggers)
            .UseOpenTelemetry(loggers, TelemetrySource)
            .Build();
    }

    /// <summary>
    /// The SDK sends <c>ApiKey</c> as <c>Authorization: Bearer</c>; the Messages API authenticates API keys by
    /// <c>x-api-key</c>, so the key goes there (and <c>ApiKey</c> is cleared, which also stops the SDK reading the environment).
    /// </summary>
    private static IChatClient Anthropic(LlmProviderSettings provider, HttpClient http) =>
        new AnthropicClient(new ClientOptions
        {
            ApiKey = null,
            BaseUrl = provider.BaseUrl.ToString().TrimEnd('/'),
            MaxRetries = 0,
            HttpClient = http,
            ExtraHeaders = new Dictionary<string, string> { ["x-api-key"] = provider.ApiKey },
        }).AsIChatClient(provider.Model);

    private static IChatClient OpenAi(LlmProviderSettings provider, HttpClient http) =>
        new OpenAIClient(new ApiKeyCredential(provider.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(provider.BaseUrl.ToString().TrimEnd('/') + "/v1"),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            Transport = new HttpClientPipelineTransport(http),
        }).GetChatClient(provider.Model).AsIChatClient();
}
