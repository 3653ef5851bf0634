using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Llm;

/// <summary>The router's expected failures: callers show them, and never lose what the user gave them.</summary>
public static class AiErrors
{
    public const string OffCode = "ai.off";
    public const string BudgetExceededCode = "ai.budget_exceeded";
    public const string UnavailableCode = "ai.unavailable";
    public const string InterruptedCode = "ai.interrupted";

    public static readonly Error Off = Error.Conflict(OffCode, "AI is off: no LLM provider is configured for this organization.");

    public static readonly Error BudgetExceeded = Error.Conflict(BudgetExceededCode, "The organization's monthly AI budget is used up.");
}
