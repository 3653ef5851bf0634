using Microsoft.EntityFrameworkCore;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Features.DuplicateCandidates;

/// <summary>
/// For a page of items, each one's possible original: the most similar OLDER item of the same project (embedded by the
/// same model, not one of its own duplicates), when the similarity reaches the threshold and the item is not marked as
/// a duplicate yet. One statement for the whole page (a LATERAL nearest-neighbour per item), never one per row.
/// </summary>
internal static class PossibleDuplicates
{
    public static async Task<IReadOnlyDictionary<Guid, PossibleDuplicateDto>> PossibleDuplicatesAsync(
        this FeedbackDbContext db, Guid organizationId, IReadOnlyCollection<Guid> itemIds, double threshold, CancellationToken cancellationToken)
    {
        if (itemIds.Count == 0)
        {
            return new Dictionary<Guid, PossibleDuplicateDto>();
        }

        // Strict order: each LATERAL keeps only its first row, so the index walk must return the true nearest first.
        await db.SetLocalAsync("hnsw.iterative_scan", "strict_order", cancellationToken);
        var ids = itemIds.ToArray();
        var maxDistance = 1 - threshold;
        var rows = await db.Database.SqlQuery<CandidateRow>($"""
            SELECT f.id AS item_id, c.id AS original_id, 1 - c.distance AS similarity
            FROM feedback.feedback_items f
            CROSS JOIN LATERAL (
                SELECT o.id, o.embedding <=> f.embedding AS distance
                FROM feedback.feedback_items o
                WHERE o.organization_id = f.organization_id AND o.project_id = f.project_id AND o.embedding_model = f.embedding_model
                  AND (o.created_at, o.id) < (f.created_at, f.id) AND o.duplicate_of_id IS DISTINCT FROM f.id
                ORDER BY o.embedding <=> f.embedding
                LIMIT 1) c
            WHERE f.organization_id = {organizationId} AND f.id = ANY({ids}) AND f.embedding IS NOT NULL AND f.duplicate_of_id IS NULL
              AND c.distance <= {maxDistance}
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ItemId, r => new PossibleDuplicateDto(r.OriginalId, Math.Round(Math.Clamp(r.Similarity, 0, 1), 2)));
    }

    private sealed class CandidateRow
    {
        public Guid ItemId { get; init; }

        public Guid OriginalId { get; init; }

        public double Similarity { get; init; }
    }
}
