using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// A mark the Markdown side can show, outermost first (a link around the emphasis inside it). Marks Markdown has no
/// syntax for (underline, colours, sub/superscript, annotations) are left out, and so is emphasis on struck text;
/// their text stays.
/// </summary>
internal readonly record struct InlineMark(string Kind, string? Href = null)
{
    private static readonly string[] Order = ["link", "strong", "em", "strike"];

    public string Opener => Kind switch { "link" => "[", "strong" => "**", "em" => "*", _ => "~~" };

    public string Closer => Kind switch
    {
        "link" => "](" + MarkdownEscaper.Destination(Href ?? "") + ")",
        "strong" => "**",
        "em" => "*",
        _ => "~~",
    };

    public static List<InlineMark> Of(JsonElement textNode, out bool code)
    {
        code = false;
        var found = new List<InlineMark>();
        if (!textNode.TryGetProperty("marks", out var marks) || marks.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        foreach (var mark in marks.EnumerateArray())
        {
            var kind = AdfNode.Type(mark);
            code |= kind == "code";
            if (kind == "link" && AdfNode.Attr(mark, "href") is { Length: > 0 } href)
            {
                found.Add(new InlineMark(kind, href));
            }
            else if (kind is "strong" or "em" or "strike")
            {
                found.Add(new InlineMark(kind));
            }
        }

        // `*~~x~~*` is no emphasis when a letter touches it (CommonMark's flanking rules: `~` is punctuation), and
        // literal asterisks would change the text: strike, the mark that changes the meaning, is the one kept.
        if (found.Any(m => m.Kind == "strike"))
        {
            found.RemoveAll(m => m.Kind is "strong" or "em");
        }

        return [.. found.DistinctBy(m => m.Kind).OrderBy(m => Array.IndexOf(Order, m.Kind))];
    }
}
