using System.Text;
using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// All the text under an ADF node, in document order, with an explicit stack instead of recursion: what a subtree
/// deeper than <see cref="AdfLimits.ReadDepth"/> degrades to. Blocks are kept apart by a space.
/// </summary>
internal static class AdfPlainText
{
    public static string Of(JsonElement node)
    {
        var sb = new StringBuilder();
        var stack = new Stack<JsonElement>();
        stack.Push(node);
        while (stack.TryPop(out var current))
        {
            if (current.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (AdfNode.Type(current) == "text")
            {
                sb.Append(AdfNode.String(current, "text"));
                continue;
            }

            if (AdfNode.Type(current) == "hardBreak" || (!AdfNode.IsInline(current) && sb.Length > 0 && !char.IsWhiteSpace(sb[^1])))
            {
                sb.Append(' ');
            }

            sb.Append(AdfNode.AtomText(current));
            foreach (var child in AdfNode.Content(current).Reverse())
            {
                stack.Push(child);
            }
        }

        return sb.ToString().Trim();
    }
}
