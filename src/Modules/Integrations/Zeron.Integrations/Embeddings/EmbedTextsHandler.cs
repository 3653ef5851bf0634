using Mediator;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// Placeholder so the mediator generator builds while the router branch registers the Integrations contracts
/// (every contract message needs a handler): the embeddings branch replaces this file with the real handler.
/// </summary>
internal sealed class EmbedTextsHandler : IRequestHandler<EmbedTexts, Result<EmbeddingBatch>>
{
    public ValueTask<Result<EmbeddingBatch>> Handle(EmbedTexts request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<EmbeddingBatch>>(Error.Conflict("embeddings.off", "Embeddings are not available in this build."));
}
