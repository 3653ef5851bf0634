namespace Zeron.SharedKernel.Search;

/// <summary>One fused result: its key, its RRF score and which input lists (by index) found it.</summary>
public sealed record FusedHit<TKey>(TKey Key, double Score, IReadOnlyList<int> FoundBy);

/// <summary>
/// Reciprocal-rank fusion (Cormack, Clarke and Büttcher, 2009): each list adds <c>1 / (k + rank)</c> (rank from 1) to
/// every key it holds; the sum orders the result. It needs only the ranks, so lists with incomparable scores (cosine
/// distance, <c>ts_rank_cd</c>) fuse without tuning. Equal scores keep the order of the best rank, then of the
/// earlier list.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>The constant of the original paper, used by most search engines.</summary>
    public const int DefaultK = 60;

    public static IReadOnlyList<FusedHit<TKey>> Fuse<TKey>(IReadOnlyList<IReadOnlyList<TKey>> lists, int k = DefaultK)
        where TKey : notnull
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var fused = new Dictionary<TKey, (double Score, int BestRank, int FirstList, List<int> FoundBy)>();
        for (var list = 0; list < lists.Count; list++)
        {
            var seen = new HashSet<TKey>();
            for (var index = 0; index < lists[list].Count; index++)
            {
                var key = lists[list][index];
                if (!seen.Add(key))
                {
                    continue; // a list names a key once: a repeat would count twice
                }

                var rank = index + 1;
                var contribution = 1.0 / (k + rank);
                fused[key] = fused.TryGetValue(key, out var hit)
                    ? (hit.Score + contribution, Math.Min(hit.BestRank, rank), hit.FirstList, [.. hit.FoundBy, list])
                    : (contribution, rank, list, [list]);
            }
        }

        return fused
            .OrderByDescending(h => h.Value.Score).ThenBy(h => h.Value.BestRank).ThenBy(h => h.Value.FirstList)
            .Select(h => new FusedHit<TKey>(h.Key, h.Value.Score, h.Value.FoundBy))
            .ToList();
    }
}
