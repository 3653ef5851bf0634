namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// How deep the converters follow untrusted structure before they degrade the rest to its plain text. Both walkers
/// recurse, so these bound the stack; 16 ADF blocks keep a written document near 40 JSON levels, under the 64 that
/// System.Text.Json writes and reads by default.
/// </summary>
internal static class AdfLimits
{
    /// <summary>Nodes below this depth of an ADF document read from Jira become plain text.</summary>
    public const int ReadDepth = 32;

    /// <summary>JSON nesting accepted when a document arrives as text (the parser itself does not recurse).</summary>
    public const int JsonDepth = 4096;

    /// <summary>Markdown blocks below this depth are written to ADF as one paragraph of their text.</summary>
    public const int WriteBlockDepth = 16;

    /// <summary>Markdown inlines (emphasis, links) below this depth are written as text with the marks reached so far.</summary>
    public const int WriteInlineDepth = 32;
}
