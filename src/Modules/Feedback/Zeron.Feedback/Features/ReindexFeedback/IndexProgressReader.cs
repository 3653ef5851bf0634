using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Indexing;
using Zeron.Feedback.Data;
using Zeron.Integrations.Contracts.Embeddings;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.ReindexFeedback;

/// <summary>Counts a project's items and those with a vector of the current model, in one tenant transaction; 404 for another tenant's project.</summary>
internal sealed class IndexProgressReader(FeedbackDbContext db, ISender sender)
{
    public async ValueTask<Result<IndexProgressDto>> ReadAsync(Guid organizationId, Guid projectId, CancellationToken cancellationToken)
    {
        var current = await sender.Send(new GetEmbeddingModel(), cancellationToken);
        var model = current.Error is null ? current.Value : null;
        return await db.InTenantTransactionAsync<IndexProgressDto>(organizationId, async () =>
        {
            if (!await db.Projects.AnyAsync(p => p.Id == projectId && p.OrganizationId == organizationId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            var items = db.FeedbackItems.Where(f => f.OrganizationId == organizationId && f.ProjectId == projectId);
            var total = await items.CountAsync(cancellationToken);
            var embedded = model is null ? 0 : await items.CountAsync(f => f.EmbeddingModel == model, cancellationToken);
            return new IndexProgressDto(total, embedded, model);
        }, cancellationToken);
    }
}
