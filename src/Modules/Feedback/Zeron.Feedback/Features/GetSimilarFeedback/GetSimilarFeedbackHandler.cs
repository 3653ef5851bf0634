using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Contracts.Search;
using Zeron.Feedback.Data;
using Zeron.Feedback.Features.SearchFeedback;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Search;

namespace Zeron.Feedback.Features.GetSimilarFeedback;

/// <summary>The item's nearest neighbours by its own embedding, in its project, among items embedded by the same model.</summary>
internal sealed class GetSimilarFeedbackHandler(FeedbackDbContext db, IOptions<FeedbackSearchOptions> options)
    : IQueryHandler<GetSimilarFeedbackQuery, Result<SimilarFeedbackDto>>
{
    public ValueTask<Result<SimilarFeedbackDto>> Handle(GetSimilarFeedbackQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<SimilarFeedbackDto>(query.OrganizationId, async () =>
        {
            var item = await db.FeedbackItems.AsNoTracking()
                .Where(f => f.Id == query.ItemId && f.OrganizationId == query.OrganizationId)
                .Select(f => new { f.ProjectId, f.Embedding, f.EmbeddingModel })
                .SingleOrDefaultAsync(cancellationToken);
            if (item is null)
            {
                return ItemErrors.NotFound;
            }

            if (item is not { Embedding: { } embedding, EmbeddingModel: { } model })
            {
                return new SimilarFeedbackDto([], Pending: true);
            }

            var nearest = await db.NearestAsync<Guid>(FeedbackSearchTable.Items, FeedbackSearchTable.Scope(query.OrganizationId, item.ProjectId),
                embedding.Memory, model, query.Limit, query.ItemId, options.Value.Scan, cancellationToken);
            var items = await db.ItemDtosAsync(query.OrganizationId, nearest.Select(n => n.Key).ToList(), cancellationToken);
            return new SimilarFeedbackDto(
                nearest.Where(n => items.ContainsKey(n.Key)).Select(n => new SimilarFeedbackItemDto(items[n.Key], Math.Round(n.Similarity, 4))).ToList(),
                Pending: false);
        }, cancellationToken);
}
