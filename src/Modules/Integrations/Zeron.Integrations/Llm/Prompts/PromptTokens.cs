using Microsoft.ML.Tokenizers;

namespace Zeron.Integrations.Llm.Prompts;

/// <summary>
/// Token counts for budgets, trimming and the cache threshold, with <c>o200k_base</c> (OpenAI's tokenizer, shipped as a
/// package, loaded once). Anthropic publishes no tokenizer, so for Claude this is an estimate; the ledger always uses
/// the counts the provider reports.
/// </summary>
internal sealed class PromptTokens
{
    private readonly Lazy<Tokenizer> _tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int Count(string text) => text.Length == 0 ? 0 : _tokenizer.Value.CountTokens(text);
}
