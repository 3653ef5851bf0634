using Microsoft.Extensions.AI;

namespace Zeron.Integrations.Llm.Prompts;

/// <summary>What goes to every provider of one call, and the input tokens it is estimated at (for the budget).</summary>
internal sealed record LlmRequest(IReadOnlyList<ChatMessage> Messages, ChatOptions Options, int InputTokens);
