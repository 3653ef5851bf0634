namespace Zeron.SharedKernel.Search;

/// <summary>
/// How the nearest-neighbour half of a search scans. A scope with fewer than <see cref="ExactScanBelow"/> embedded
/// rows is scanned exactly (every row's distance, no index: exact and fast at that size); a larger one walks the HNSW
/// index with pgvector 0.8's iterative scan, which keeps walking until enough rows <em>of the scope</em> are found
/// (up to <see cref="MaxScanTuples"/>), so the filter applies inside the search, not to a global top-k afterwards.
/// When even that finds fewer rows than the scope could give, the search falls back to the exact scan.
/// </summary>
public sealed record VectorScanOptions
{
    public static readonly VectorScanOptions Default = new();

    public int ExactScanBelow { get; init; } = 2_000;

    /// <summary><c>hnsw.ef_search</c>: the candidate list of each walk (pgvector's default is 40).</summary>
    public int EfSearch { get; init; } = 100;

    /// <summary><c>hnsw.max_scan_tuples</c>: how many index tuples an iterative scan visits at most (pgvector's default is 20,000).</summary>
    public int MaxScanTuples { get; init; } = 50_000;
}
