using Mediator;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Embeddings;

internal sealed class EmbedTextsHandler(Embedder embedder) : IRequestHandler<EmbedTexts, Result<EmbeddingBatch>>
{
    public async ValueTask<Result<EmbeddingBatch>> Handle(EmbedTexts request, CancellationToken cancellationToken)
    {
        var outcome = await embedder.EmbedAsync(request.Texts, cancellationToken);
        return outcome.Error is { } error ? error : outcome.Value.Batch;
    }
}

internal sealed class GetEmbeddingModelHandler(Embedder embedder) : IRequestHandler<GetEmbeddingModel, Result<string>>
{
    public ValueTask<Result<string>> Handle(GetEmbeddingModel request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<string>>(embedder.Model is { } model ? model : EmbeddingErrors.Off);
}
