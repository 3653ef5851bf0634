namespace Zeron.Tests.Shared.Llm;

/// <summary>
/// Text that only one feature's requests carry, for <see cref="ScriptedStandIn{TReply}.EnqueueFor"/>: each submission
/// starts both triage and the assistant, so a test scripts the replies of the one it is about.
/// </summary>
public static class PromptMarkers
{
    /// <summary>The assistant fences the submitter's words in <c>&lt;submitter_text&gt;</c> (AssistantPrompt).</summary>
    public const string Assistant = "<submitter_text>";

    /// <summary>Triage fences the message in <c>&lt;feedback&gt;</c> (TriagePrompt).</summary>
    public const string Triage = "<feedback>";
}
