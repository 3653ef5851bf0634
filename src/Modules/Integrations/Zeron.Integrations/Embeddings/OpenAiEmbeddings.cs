using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// OpenAI <c>text-embedding-3-small</c> shortened to 384 dimensions (so its vectors fit the same column), through the
/// official SDK and M.E.AI's adapter. Key and base URL are the instance's OpenAI settings (<c>Zeron__Llm__OpenAI__ApiKey</c>,
/// <c>…__BaseUrl</c>, default <c>https://api.openai.com/v1</c>; a base URL without a path gets <c>/v1</c>). The SDK's own
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
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
        return services;
    }

    public static IEmbeddingGenerator<string, Embedding<float>> Create(IConfiguration configuration, IHttpClientFactory httpClients)
    {
        var key = configuration["Zeron:Llm:OpenAI:ApiKey"];
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException("Zeron__Embeddings__Provider=openai needs Zeron__Llm__OpenAI__ApiKey.");
        }

        var client = new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = Endpoint(configuration["Zeron:Llm:OpenAI:BaseUrl"]),
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName)),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
        return client.GetEmbeddingClient(Model).AsIEmbeddingGenerator();
    }

    public static Uri Endpoint(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return new Uri("https://api.openai.com/v1");
        }

        var uri = new Uri(baseUrl.TrimEnd('/'), UriKind.Absolute);
        return uri.AbsolutePath is "/" or "" ? new Uri(uri, "/v1") : uri;
    }
}
