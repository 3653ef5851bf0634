using Zeron.Integrations.Contracts.Llm;

namespace Zeron.IntegrationTests.Integrations.Llm;

internal static class LlmPrompts
{
    public static LlmPrompt Simple(Guid organizationId, string question = "What is Zeron?", string system = "You answer briefly.") =>
        new(organizationId, null, AiFeature.Triage, system, [new LlmMessage(LlmRole.User, question)], MaxOutputTokens: 200);
}
