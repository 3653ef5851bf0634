using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zeron.Feedback.Contracts.Search;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Search;

namespace Zeron.Feedback.Features.SearchFeedback;

/// <summary>
/// The query is embedded before the tenant transaction opens (no transaction waits on the model), then both lists run
/// inside it, scoped to the organization and project (ADR 27).
/// </summary>
internal sealed class SearchFeedbackHandler(FeedbackDbContext db, QueryEmbedder embedder, IOptions<FeedbackSearchOptions> options)
    : IQueryHandler<SearchFeedbackQuery, Result<FeedbackSearchDto>>
{
    public async ValueTask<Result<FeedbackSearchDto>> Handle(SearchFeedbackQuery query, CancellationToken cancellationToken)
    {
        var text = query.Text.Trim();
        var embedding = await embedder.TryEmbedAsync(query.OrganizationId, query.ProjectId, text, cancellationToken);
        return await db.InTenantTransactionAsync<FeedbackSearchDto>(query.OrganizationId, async () =>
        {
            if (!await db.HasProjectAsync(query.OrganizationId, query.ProjectId, cancellationToken))
            {
                return ProjectErrors.NotFound;
            }

            var request = new HybridSearchRequest(FeedbackSearchTable.Scope(query.OrganizationId, query.ProjectId), text,
                embedding?.Vector, embedding?.Model, query.Limit) { MinSimilarity = options.Value.SemanticMinSimilarity };
            var found = await db.SearchAsync<Guid>(FeedbackSearchTable.Items, request, options.Value.Scan, cancellationToken);
            var items = await db.ItemDtosAsync(query.OrganizationId, found.Hits.Select(h => h.Key).ToList(), cancellationToken);
            var hits = found.Hits.Where(h => items.ContainsKey(h.Key))
                .Select(h => new FeedbackSearchHitDto(items[h.Key], Math.Round(h.Score, 6), MatchedBy(h)))
                .ToList();
            return new FeedbackSearchDto(text, found.Semantic, hits);
        }, cancellationToken);
    }

    private static string[] MatchedBy(HybridHit<Guid> hit) =>
        (hit.Semantic, hit.Keyword) switch
        {
            (true, true) => [SearchMatch.Semantic, SearchMatch.Keyword],
            (true, false) => [SearchMatch.Semantic],
            _ => [SearchMatch.Keyword],
        };
}
