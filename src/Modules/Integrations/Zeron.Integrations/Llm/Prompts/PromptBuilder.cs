using System.Text.Json;
using Anthropic.Models.Messages;
using Microsoft.Extensions.AI;
using Zeron.Integrations.Contracts.Llm;

namespace Zeron.Integrations.Llm.Prompts;

/// <summary>
/// Turns an <see cref="LlmPrompt"/> into M.E.AI messages and options: the system text as given (byte-stable, so it
/// caches), with an Anthropic <c>cache_control</c> breakpoint when it reaches the model's minimum cacheable size;
/// the history trimmed oldest first to its token budget (the newest message always kept, and the kept part starting
/// with a user turn); structured output when a JSON schema is given; no tools.
/// </summary>
internal sealed class PromptBuilder(PromptTokens tokens)
{
    /// <param name="anthropicModel">The Claude model of this call, if Anthropic is one of its providers.</param>
    public LlmRequest Build(LlmPrompt prompt, string? anthropicModel)
    {
        var systemTokens = tokens.Count(prompt.System);
        var system = new TextContent(prompt.System);
        if (anthropicModel is not null && systemTokens >= AnthropicCaching.MinimumCacheableTokens(anthropicModel))
        {
            system.WithCacheControl((Ttl?)null);
        }

        var (history, historyTokens) = Trim(prompt.Messages, prompt.HistoryTokenBudget);
        var messages = new List<ChatMessage>(history.Count + 1) { new(ChatRole.System, [system]) };
        messages.AddRange(history.Select(m => new ChatMessage(m.Role == LlmRole.User ? ChatRole.User : ChatRole.Assistant, m.Text)));
        var options = new ChatOptions { MaxOutputTokens = prompt.MaxOutputTokens };
        if (prompt.JsonSchema is { } schema)
        {
            options.ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(schema).RootElement.Clone(), "answer");
        }

        return new LlmRequest(messages, options, systemTokens + historyTokens);
    }

    private (List<LlmMessage> Kept, int Tokens) Trim(IReadOnlyList<LlmMessage> messages, int budget)
    {
        var kept = new List<LlmMessage>();
        var total = 0;
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            var count = tokens.Count(messages[i].Text);
            if (kept.Count > 0 && total + count > budget)
            {
                break;
            }

            kept.Insert(0, messages[i]);
            total += count;
        }

        while (kept.Count > 1 && kept[0].Role != LlmRole.User)
        {
            total -= tokens.Count(kept[0].Text);
            kept.RemoveAt(0);
        }

        return (kept, total);
    }
}
