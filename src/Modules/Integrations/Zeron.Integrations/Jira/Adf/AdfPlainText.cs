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

    /// <summary>
    /// The <c>text</c> values of JSON the document parser refused (too deep or malformed), read token by token (the
    /// reader keeps no stack of its own beyond a bit per level); what comes after a syntax error is lost, and text that
    /// holds no <c>text</c> member at all is returned as it is.
    /// </summary>
    public static string OfJson(string json)
    {
        var texts = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = int.MaxValue });
        var inText = false;
        try
        {
            while (reader.Read())
            {
                if (inText && reader.TokenType == JsonTokenType.String)
                {
                    texts.Add(reader.GetString() ?? "");
                }

                inText = reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("text");
            }
        }
        catch (JsonException)
        {
            // Keep what was read before the error.
        }

        return texts.Count > 0 ? string.Join(" ", texts) : json;
    }
}
