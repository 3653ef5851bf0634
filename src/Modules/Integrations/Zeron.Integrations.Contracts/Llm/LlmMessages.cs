using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Llm;

public enum LlmRole
{
    User,
    Assistant,
}

/// <summary>One turn of the conversation sent to the model. Untrusted text goes here, never into the system prompt.</summary>
public sealed record LlmMessage(LlmRole Role, string Text);

/// <summary>
/// What to ask a model. <paramref name="System"/> is the stable prefix (kept byte-stable so providers can cache it);
/// <paramref name="Messages"/> are trimmed, oldest first, to <paramref name="HistoryTokenBudget"/>; the newest is always
/// kept. <paramref name="JsonSchema"/>, when given, asks for a JSON object of that schema as the answer's text.
/// </summary>
public sealed record LlmPrompt(
    Guid OrganizationId,
    Guid? ProjectId,
    AiFeature Feature,
    string System,
    IReadOnlyList<LlmMessage> Messages,
    int MaxOutputTokens = 1024,
    string? JsonSchema = null,
    int HistoryTokenBudget = 8000);

/// <summary>The whole answer, after the call is settled in the usage ledger.</summary>
public sealed record LlmAnswer(string Text, string Provider, string Model, bool Fallback, decimal CostUsd);

/// <summary>Asks the organization's providers (the router: failover, cooldown, budget, ledger). Errors: see <see cref="AiErrors"/>.</summary>
public sealed record AskLlm(LlmPrompt Prompt) : IRequest<Result<LlmAnswer>>;

/// <summary>
/// The same, streamed: text deltas, then exactly one last event, either <see cref="LlmStreamEvent.Done"/> or
/// <see cref="LlmStreamEvent.Failed"/>. Failover happens only before the first delta.
/// </summary>
public sealed record StreamLlm(LlmPrompt Prompt) : IStreamRequest<LlmStreamEvent>;

/// <summary>One of: a text <paramref name="Delta"/>, the settled answer (<paramref name="Done"/>), or the error that ended the stream.</summary>
public sealed record LlmStreamEvent(string? Delta = null, LlmAnswer? Done = null, Error? Failed = null);

/// <summary>Whether any chat provider is configured for the organization ("AI is off" otherwise). Cheap: no outbound call.</summary>
public sealed record GetAiAvailability(Guid OrganizationId) : IQuery<AiAvailability>;

public sealed record AiAvailability(bool Enabled);
