using Zeron.SharedKernel.Search;

namespace Zeron.Feedback.Features.SearchFeedback;

/// <summary>Settings under <c>Zeron:Feedback</c>: the duplicate threshold and how vector scans run (see ADR 27).</summary>
internal sealed class FeedbackSearchOptions
{
    public const string Section = "Zeron:Feedback";

    /// <summary>Cosine similarity at which an older item counts as a possible duplicate (measured with MiniLM: ADR 27).</summary>
    public double DuplicateThreshold { get; set; } = 0.75;

    /// <summary>How similar (cosine) an item must be to the query to count as found by meaning (measured with MiniLM: ADR 27).</summary>
    public double SemanticMinSimilarity { get; set; } = 0.3;

    public VectorScanSettings VectorScan { get; set; } = new();

    public VectorScanOptions Scan => new()
    {
        ExactScanBelow = VectorScan.ExactScanBelow,
        EfSearch = VectorScan.EfSearch,
        MaxScanTuples = VectorScan.MaxScanTuples,
    };

    /// <summary><c>Zeron:Feedback:VectorScan:*</c>, defaulting to <see cref="VectorScanOptions.Default"/>.</summary>
    internal sealed class VectorScanSettings
    {
        public int ExactScanBelow { get; set; } = VectorScanOptions.Default.ExactScanBelow;

        public int EfSearch { get; set; } = VectorScanOptions.Default.EfSearch;

        public int MaxScanTuples { get; set; } = VectorScanOptions.Default.MaxScanTuples;
    }
}
