using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Integrations.Contracts.Embeddings;

namespace Zeron.Integrations.Embeddings;

internal static class EmbeddingsServiceCollectionExtensions
{
    public static IServiceCollection AddEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddingOptions>()
            .Bind(configuration.GetSection(EmbeddingOptions.Section))
            .Validate(o => o.IsValid,
                "Zeron__Embeddings__Provider must be local, openai or off (Zeron__Embeddings__LocalBatchSize 1–1024, …__LocalBackgroundThreads 1–64, …__OpenAIBatchSize 1–2048).")
            .Validate(o => o.ProviderKind != EmbeddingProvider.OpenAI || !string.IsNullOrWhiteSpace(configuration["Zeron:Llm:OpenAI:ApiKey"]),
                "Zeron__Embeddings__Provider=openai needs Zeron__Llm__OpenAI__ApiKey.")
            .ValidateOnStart();
        services.AddOpenAiEmbeddingsHttpClient();
        services.AddSingleton<Embedder>();
        services.AddSingleton<IValidator<EmbedTexts>, EmbedTextsValidator>();
        return services;
    }
}
