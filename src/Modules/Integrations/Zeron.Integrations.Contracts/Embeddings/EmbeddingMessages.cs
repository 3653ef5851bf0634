using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Embeddings;

/// <summary>
/// Embeds texts with the instance's embedding provider (<c>Zeron__Embeddings__Provider</c>: local MiniLM by default,
/// or OpenAI <c>text-embedding-3-small</c>): one unit-length vector of <see cref="Dimensions"/> floats per text, in order.
/// Call it off the request path for many texts (it batches); one short query on a request is fine.
/// </summary>
public sealed record EmbedTexts(Guid? OrganizationId, Guid? ProjectId, IReadOnlyList<string> Texts) : IRequest<Result<EmbeddingBatch>>
{
    public const int Dimensions = 384;

    /// <summary>
    /// No one waits for these (indexing): the local model computes them at the lowest CPU priority, so requests keep
    /// the CPU. Leave it false for a query a person is waiting on.
    /// </summary>
    public bool Background { get; init; }
}

/// <summary><paramref name="Model"/> names the provider and model (e.g. <c>local/all-MiniLM-L6-v2</c>): vectors of different models never mix.</summary>
public sealed record EmbeddingBatch(IReadOnlyList<float[]> Vectors, string Model);
