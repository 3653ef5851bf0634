namespace Zeron.SharedKernel.Search;

/// <summary>
/// One hybrid search: <paramref name="Text"/> for the keyword list (web-search syntax), and its embedding
/// <paramref name="Vector"/> by <paramref name="Model"/> for the semantic list, or null for keyword only (embeddings
/// off or failing). Only rows embedded by the same model take part in the semantic list.
/// </summary>
public sealed record HybridSearchRequest(SearchScope Scope, string Text, ReadOnlyMemory<float>? Vector, string? Model, int Limit)
{
    /// <summary>How deep each list goes before fusion: deeper than the answer, so a row second in both lists still wins.</summary>
    public int Candidates => Math.Max(Limit * 2, 50);

    /// <summary>
    /// The semantic list keeps only rows at least this similar (cosine, 0..1): every row has <em>some</em> nearest
    /// neighbour, and "found by meaning" should mean something. 0 keeps all.
    /// </summary>
    public double MinSimilarity { get; init; }
}

/// <summary>
/// A fused hit: its RRF <paramref name="Score"/>, which lists found it, and (when the semantic list did) its cosine
/// <paramref name="Similarity"/> to the query (1 − cosine distance).
/// </summary>
public sealed record HybridHit<TKey>(TKey Key, double Score, bool Semantic, bool Keyword, double? Similarity);

/// <param name="Semantic">Whether the semantic list took part (false: keyword only).</param>
public sealed record HybridSearchResult<TKey>(IReadOnlyList<HybridHit<TKey>> Hits, bool Semantic);

/// <summary>A row near a vector: 1 − its cosine distance, clamped to 0..1.</summary>
public sealed record Neighbour<TKey>(TKey Key, double Similarity);
