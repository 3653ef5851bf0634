using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using Zeron.Integrations.Llm;
using Zeron.SharedKernel.Network;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// OpenAI <c>text-embedding-3-small</c> shortened to 384 dimensions (so its vectors fit the same column), through the
/// official SDK and M.E.AI's adapter. Key and base URL are the router's instance settings for OpenAI
/// (<see cref="LlmOptions"/>: <c>Zeron__Llm__OpenAI__ApiKey</c>, <c>…__BaseUrl</c> without <c>/v1</c>, as the router reads it). The SDK's own
/// retries are off (the indexing job retries a whole batch later; nothing retries twice); HTTP goes through
/// <see cref="IHttpClientFactory"/> with a timeout.
/// </summary>
internal static class OpenAiEmbeddings
{
    public const string ModelName = "openai/text-embedding-3-small-384";
    public const string Model = "text-embedding-3-small";
    public const string HttpClientName = "Zeron.Embeddings.OpenAI";

    public static readonly EmbeddingGenerationOptions Options = new() { Dimensions = 384 };

    public static IServiceCollection AddOpenAiEmbeddingsHttpClient(this IServiceCollection services)
    {
        // The instance's provider, chosen by the operator (not a tenant): behind the guard, private addresses allowed, as the router's instance client.
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60))
            .AddOutboundGuard(allowPrivate: _ => true, configure: handler => handler.ConnectTimeout = TimeSpan.FromSeconds(10));
        return services;
    }

    public static IEmbeddingGenerator<string, Embedding<float>> Create(LlmProviderOptions openAi, IHttpClientFactory httpClients)
    {
        if (string.IsNullOrWhiteSpace(openAi.ApiKey))
        {
            throw new InvalidOperationException("Zeron__Embeddings__Provider=openai needs Zeron__Llm__OpenAI__ApiKey.");
        }

        var client = new OpenAIClient(new ApiKeyCredential(openAi.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(openAi.BaseUrl.TrimEnd('/') + "/v1"),
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName)),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
        return client.GetEmbeddingClient(Model).AsIEmbeddingGenerator();
    }
}
