using Mediator;
using Zeron.Feedback.Contracts.Indexing;
using Zeron.Feedback.Embeddings;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.ReindexFeedback;

internal sealed class ReindexFeedbackHandler(IndexProgressReader progress, IndexingScheduler scheduler) : ICommandHandler<ReindexFeedbackCommand, Result<IndexProgressDto>>
{
    public async ValueTask<Result<IndexProgressDto>> Handle(ReindexFeedbackCommand command, CancellationToken cancellationToken)
    {
        var now = await progress.ReadAsync(command.OrganizationId, command.ProjectId, cancellationToken);
        if (now.Error is { } error)
        {
            return error;
        }

        if (now.Value.Model is null)
        {
            return EmbeddingErrors.Off;
        }

        scheduler.Schedule(command.OrganizationId, command.ProjectId);
        return now;
    }
}

internal sealed class GetIndexProgressHandler(IndexProgressReader progress) : IQueryHandler<GetIndexProgressQuery, Result<IndexProgressDto>>
{
    public ValueTask<Result<IndexProgressDto>> Handle(GetIndexProgressQuery query, CancellationToken cancellationToken) =>
        progress.ReadAsync(query.OrganizationId, query.ProjectId, cancellationToken);
}
