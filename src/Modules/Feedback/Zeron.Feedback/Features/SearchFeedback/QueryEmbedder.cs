using Mediator;
using Microsoft.Extensions.Logging;
using Zeron.Integrations.Contracts.Embeddings;

namespace Zeron.Feedback.Features.SearchFeedback;

/// <summary>
/// A search text's embedding, or null when embeddings are off or failing: search then ranks by words alone, and the
/// caller says so (a search never fails because the model did).
/// </summary>
internal sealed partial class QueryEmbedder(ISender sender, ILogger<QueryEmbedder> logger)
{
    public async Task<(float[] Vector, string Model)?> TryEmbedAsync(Guid organizationId, Guid? projectId, string text, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(new EmbedTexts(organizationId, projectId, [text]), cancellationToken);
            if (result.IsSuccess && result.Value.Vectors is [{ Length: EmbedTexts.Dimensions } vector])
            {
                return (vector, result.Value.Model);
            }

            LogKeywordOnly(logger, result.Error?.Code ?? "unexpected vectors");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEmbeddingFailed(logger, ex);
        }

        return null;
    }

    [LoggerMessage(LogLevel.Information, "Search by words only: the query was not embedded ({Reason}).")]
    private static partial void LogKeywordOnly(ILogger logger, string reason);

    [LoggerMessage(LogLevel.Warning, "Search by words only: embedding the query failed.")]
    private static partial void LogEmbeddingFailed(ILogger logger, Exception exception);
}
