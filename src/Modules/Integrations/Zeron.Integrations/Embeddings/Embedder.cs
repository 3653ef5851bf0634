using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.Integrations.Llm;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Embeddings;

/// <summary>What one embedding call produced: unit vectors in input order, the model, and the tokens a paid provider billed.</summary>
internal sealed record EmbeddingOutcome(EmbeddingBatch Batch, long? InputTokens);

/// <summary>
/// The instance's embedding provider (<see cref="EmbeddingOptions"/>), chosen once; a singleton, so the local model
/// is loaded once for the app's lifetime. Splits a call into the provider's batch size.
/// </summary>
internal sealed partial class Embedder : IDisposable
{
    private static readonly EmbeddingGenerationOptions LocalBackground = new() { AdditionalProperties = new() { [LocalMiniLmGenerator.Background] = true } };

    private readonly EmbeddingProvider provider;
    private readonly int batchSize;
    private readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> generator;
    private readonly ILogger<Embedder> logger;

    public Embedder(IOptions<EmbeddingOptions> options, IOptions<LlmOptions> llm, IHttpClientFactory httpClients, TimeProvider time, ILogger<Embedder> logger)
    {
        var o = options.Value;
        provider = o.ProviderKind;
        batchSize = provider == EmbeddingProvider.OpenAI ? o.OpenAIBatchSize : int.MaxValue; // local batches inside its generator
        generator = new(() => provider == EmbeddingProvider.OpenAI
            ? OpenAiEmbeddings.Create(llm.Value.OpenAI, httpClients)
            : new LocalMiniLmGenerator(o.LocalBatchSize, o.LocalBackgroundThreads, new ForegroundCpu(time)));
        this.logger = logger;
        Model = provider switch
        {
            EmbeddingProvider.Local => LocalMiniLmGenerator.ModelName,
            EmbeddingProvider.OpenAI => OpenAiEmbeddings.ModelName,
            _ => null,
        };
    }

    /// <summary>The current model's name, or null when embeddings are off.</summary>
    public string? Model { get; }

    public bool IsPaid => provider == EmbeddingProvider.OpenAI;

    public async Task<Result<EmbeddingOutcome>> EmbedAsync(IReadOnlyList<string> texts, bool background, CancellationToken cancellationToken)
    {
        if (Model is null)
        {
            return EmbeddingErrors.Off;
        }

        var options = provider == EmbeddingProvider.Local ? (background ? LocalBackground : null) : OpenAiEmbeddings.Options;
        var vectors = new List<float[]>(texts.Count);
        long? tokens = null;
        foreach (var batch in texts.Chunk(batchSize))
        {
            GeneratedEmbeddings<Embedding<float>> generated;
            try
            {
                generated = await generator.Value.GenerateAsync(batch, options, cancellationToken);
            }
            catch (Exception e) when (IsProviderFailure(e, cancellationToken))
            {
                LogProviderFailed(logger, e, Model, batch.Length);
                return EmbeddingErrors.Unavailable;
            }

            if (generated.Count != batch.Length || generated.Any(g => g.Vector.Length != EmbedTexts.Dimensions))
            {
                LogWrongShape(logger, Model, batch.Length, generated.Count);
                return EmbeddingErrors.Unavailable;
            }

            vectors.AddRange(generated.Select(g => Normalized(g.Vector.Span)));
            tokens = generated.Usage?.InputTokenCount is { } used ? (tokens ?? 0) + used : tokens;
        }

        return new EmbeddingOutcome(new EmbeddingBatch(vectors, Model), tokens);
    }

    /// <summary>Unit length whatever the provider sent, so cosine distance is a dot product everywhere.</summary>
    private static float[] Normalized(ReadOnlySpan<float> vector)
    {
        var result = vector.ToArray();
        var norm = TensorPrimitives.Norm(result);
        if (norm > 0)
        {
            TensorPrimitives.Divide(result, norm, result);
        }

        return result;
    }

    private static bool IsProviderFailure(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && e is System.ClientModel.ClientResultException or HttpRequestException or TaskCanceledException or TimeoutException
            or Microsoft.ML.OnnxRuntime.OnnxRuntimeException or DllNotFoundException or TypeInitializationException or InvalidOperationException;

    public void Dispose()
    {
        if (generator.IsValueCreated)
        {
            generator.Value.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding with {Model} failed for a batch of {Count} texts")]
    private static partial void LogProviderFailed(ILogger logger, Exception exception, string model, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedding with {Model} returned {Returned} vectors of the wrong shape for {Count} texts")]
    private static partial void LogWrongShape(ILogger logger, string model, int count, int returned);
}
