using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Embeddings;

/// <summary>
/// The model <see cref="EmbedTexts"/> uses now (e.g. <c>local/all-MiniLM-L6-v2</c>), without embedding anything:
/// stored vectors of any other model are stale. <see cref="EmbeddingErrors.Off"/> when embeddings are off.
/// </summary>
public sealed record GetEmbeddingModel : IRequest<Result<string>>;
