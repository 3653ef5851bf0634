namespace Zeron.Integrations.Llm.Prompts;

/// <summary>
/// The smallest prompt prefix each Claude model caches (Anthropic's prompt-caching docs): a breakpoint on a shorter
/// prefix is ignored, so none is sent. Unknown models get the larger minimum.
/// </summary>
internal static class AnthropicCaching
{
    private static readonly (string Prefix, int Tokens)[] Minimums =
    [
        ("claude-opus-4-5", 4096),
        ("claude-haiku-4-5", 4096),
        ("claude-3-5-haiku", 2048),
        ("claude-3-haiku", 2048),
        ("claude-sonnet-4", 1024),
        ("claude-opus-4", 1024),
        ("claude-3-7-sonnet", 1024),
    ];

    public static int MinimumCacheableTokens(string model) =>
        Minimums.FirstOrDefault(m => model.StartsWith(m.Prefix, StringComparison.OrdinalIgnoreCase)).Tokens is > 0 and var tokens ? tokens : 4096;
}
