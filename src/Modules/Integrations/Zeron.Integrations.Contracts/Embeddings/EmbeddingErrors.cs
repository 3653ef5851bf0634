using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Embeddings;

/// <summary>The expected failures of <see cref="EmbedTexts"/> and <see cref="GetEmbeddingModel"/>: callers keep what they have and try later.</summary>
public static class EmbeddingErrors
{
    public const string OffCode = "embeddings.off";
    public const string UnavailableCode = "embeddings.unavailable";

    public static readonly Error Off = Error.Conflict(OffCode, "Embeddings are off (Zeron__Embeddings__Provider=off): semantic search and duplicate detection are unavailable.");

    public static readonly Error Unavailable = Error.Conflict(UnavailableCode, "The embedding provider did not answer; try again later.");
}
