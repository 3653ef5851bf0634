namespace Zeron.Integrations.Embeddings;

internal enum EmbeddingProvider
{
    Local,
    OpenAI,
    Off,
}

/// <summary>
/// <c>Zeron__Embeddings__Provider</c>: <c>local</c> (default, MiniLM inside the app, offline), <c>openai</c>
/// (<c>text-embedding-3-small</c> at 384 dimensions, key and base URL from <c>Zeron__Llm__OpenAI__*</c>) or <c>off</c>.
/// </summary>
internal sealed class EmbeddingOptions
{
    public const string Section = "Zeron:Embeddings";

    public string Provider { get; set; } = "local";

    /// <summary>Texts per local model call; each call is sorted by length first, so little padding is computed.</summary>
    public int LocalBatchSize { get; set; } = 32;

    /// <summary>Low-priority threads the local model embeds background work on (indexing): one per core by default.</summary>
    public int LocalBackgroundThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>Texts per OpenAI request: the API takes at most 2,048 inputs.</summary>
    public int OpenAIBatchSize { get; set; } = 2048;

    public EmbeddingProvider ProviderKind =>
        Enum.TryParse<EmbeddingProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : EmbeddingProvider.Off;

    public bool IsValid =>
        Enum.TryParse<EmbeddingProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
        && LocalBatchSize is >= 1 and <= 1024 && LocalBackgroundThreads is >= 1 and <= 64 && OpenAIBatchSize is >= 1 and <= 2048;
}
