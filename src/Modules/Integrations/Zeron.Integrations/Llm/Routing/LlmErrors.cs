using Zeron.Integrations.Contracts.Llm;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Llm.Routing;

/// <summary>The router's errors beyond <see cref="AiErrors.Off"/> and <see cref="AiErrors.BudgetExceeded"/>.</summary>
internal static class LlmErrors
{
    /// <summary>Every provider failed or rests: try again later (503 with <c>Retry-After</c>, the nearest a provider is back).</summary>
    public static Error Unavailable(TimeSpan retryAfter) =>
        Error.Unavailable(AiErrors.UnavailableCode, "The AI providers are not answering right now. Try again in a moment.", retryAfter);

    /// <summary>A streamed answer broke after its first words; no other provider was asked (the caller has part of an answer).</summary>
    public static readonly Error Interrupted =
        Error.Conflict(AiErrors.InterruptedCode, "The AI's answer was interrupted. Ask again to get a whole answer.");
}
