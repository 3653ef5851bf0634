using System.Diagnostics;
using Mediator;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.Integrations.Contracts.Llm;
using Zeron.Integrations.Llm;
using Zeron.Integrations.Llm.Ledger;
using Zeron.Integrations.Llm.Providers;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// Embeds with the instance's provider. A paid call (OpenAI) for an organization becomes one usage-ledger row
/// (feature <c>embedding</c>, OpenAI's input tokens, priced from the dated rows), failed calls too; the local model
/// costs nothing and is not recorded. A call without an organization (instance work) is not billed to anyone.
/// </summary>
internal sealed class EmbedTextsHandler(Embedder embedder, IAiUsageRecorder ledger) : IRequestHandler<EmbedTexts, Result<EmbeddingBatch>>
{
    public async ValueTask<Result<EmbeddingBatch>> Handle(EmbedTexts request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await embedder.EmbedAsync(request.Texts, request.Background, cancellationToken);
        if (embedder.IsPaid && request.OrganizationId is { } organizationId && request.Texts.Count > 0)
        {
            var tokens = outcome.Error is null ? outcome.Value.InputTokens ?? 0 : 0;
            await ledger.RecordAsync(new AiUsageRecord(
                organizationId, request.ProjectId, AiFeature.Embedding, LlmProviderCatalog.OpenAi, OpenAiEmbeddings.Model,
                TokenUsage.None with { Input = tokens }, clock.Elapsed, outcome.Error is null, outcome.Error?.Code), CancellationToken.None);
        }

        return outcome.Error is { } error ? error : outcome.Value.Batch;
    }
}

internal sealed class GetEmbeddingModelHandler(Embedder embedder) : IRequestHandler<GetEmbeddingModel, Result<string>>
{
    public ValueTask<Result<string>> Handle(GetEmbeddingModel request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<string>>(embedder.Model is { } model ? model : EmbeddingErrors.Off);
}
