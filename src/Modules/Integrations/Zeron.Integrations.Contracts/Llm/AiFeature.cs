namespace Zeron.Integrations.Contracts.Llm;

/// <summary>What a call to a model was for; every usage-ledger row names one (API value: lower case).</summary>
public enum AiFeature
{
    Conversation,
    Triage,
    Agent,
    Validator,
    Embedding,
}
