using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// Renders ADF block nodes as Markdown blocks (each a string without trailing newline). Runs of inline nodes found
/// where blocks belong become a paragraph; containers Markdown lacks (panel, expand, layouts, extensions, unknown
/// types) show their content; a list right after a list of the same kind switches marker (<c>-</c>/<c>*</c>,
/// <c>.</c>/<c>)</c>) so the two stay apart.
/// </summary>
internal static class AdfBlockWriter
{
    public static List<MarkdownBlock> Blocks(IEnumerable<JsonElement> nodes, int depth)
    {
        var blocks = new List<MarkdownBlock>();
        var inline = new List<JsonElement>();
        string? previousList = null;
        foreach (var node in nodes)
        {
            if (AdfNode.IsInline(node))
            {
                inline.Add(node);
                continue;
            }

            AddParagraph(blocks, inline, depth);
            var kind = AdfLists.Kind(AdfNode.Type(node));
            var alternate = kind is not null && previousList == kind;
            previousList = alternate ? null : kind;
            blocks.AddRange(Block(node, depth, alternate).Where(b => b.Length > 0).Select(b => new MarkdownBlock(b, kind)));
        }

        AddParagraph(blocks, inline, depth);
        return blocks;
    }

    private static List<string> Block(JsonElement node, int depth, bool alternate)
    {
        if (depth > AdfLimits.ReadDepth)
        {
            return [MarkdownEscaper.Paragraph(AdfPlainText.Of(node))];
        }

        var type = AdfNode.Type(node);
        return type switch
        {
            "paragraph" => [AdfInlineWriter.Write(AdfNode.Content(node), depth + 1, singleLine: false)],
            "heading" => [Heading(node, depth)],
            "codeBlock" => [CodeBlock(node)],
            "blockquote" => [Quote(Blocks(AdfNode.Content(node), depth + 1))],
            "rule" => ["---"],
            "table" => [AdfTables.Table(node, depth)],
            "expand" or "nestedExpand" => [MarkdownEscaper.Paragraph(AdfNode.Attr(node, "title") ?? ""), .. Texts(AdfNode.Content(node), depth + 1)],
            _ when AdfLists.Kind(type) is not null => [AdfLists.List(node, depth, alternate)],
            _ when AdfNode.AtomText(node) is { Length: > 0 } text => [MarkdownEscaper.Paragraph(text), .. Texts(AdfNode.Content(node), depth + 1)],
            _ => Texts(AdfNode.Content(node), depth + 1),
        };
    }

    private static void AddParagraph(List<MarkdownBlock> blocks, List<JsonElement> inline, int depth)
    {
        if (inline.Count > 0)
        {
            blocks.Add(new MarkdownBlock(AdfInlineWriter.Write(inline, depth, singleLine: false), null));
            inline.Clear();
        }
    }

    private static string Heading(JsonElement node, int depth)
    {
        var level = Math.Clamp(AdfNode.IntAttr(node, "level") ?? 1, 1, 6);
        var text = AdfInlineWriter.Write(AdfNode.Content(node), depth + 1, singleLine: true, heading: true);
        return new string('#', level) + (text.Length > 0 ? " " + text : "");
    }

    private static string CodeBlock(JsonElement node)
    {
        var code = string.Concat(AdfNode.Content(node).Select(t => AdfNode.Type(t) == "hardBreak" ? "\n" : AdfNode.String(t, "text")))
            .ReplaceLineEndings("\n").TrimEnd('\n');
        var fence = MarkdownEscaper.CodeFence(code);
        return fence + MarkdownEscaper.Language(AdfNode.Attr(node, "language")) + "\n" + (code.Length > 0 ? code + "\n" : "") + fence;
    }

    /// <summary>
    /// Blocks apart by a blank line, except that, with <paramref name="tightLists"/> (inside a list item), a list follows
    /// its paragraph directly; not an ordered list starting above 1, which CommonMark would read as more of the paragraph.
    /// </summary>
    public static string Join(List<MarkdownBlock> blocks, bool tightLists = false) =>
        string.Concat(blocks.Select((b, i) => (i == 0 ? "" : tightLists && InterruptsParagraph(b) ? "\n" : "\n\n") + b.Text));

    private static bool InterruptsParagraph(MarkdownBlock block) =>
        block.ListKind == "bullet" || (block.ListKind == "ordered" && block.Text.StartsWith('1') && block.Text.Length > 1 && block.Text[1] is '.' or ')');

    private static List<string> Texts(IEnumerable<JsonElement> nodes, int depth) => [.. Blocks(nodes, depth).Select(b => b.Text)];

    private static string Quote(List<MarkdownBlock> blocks) =>
        string.Join("\n", Join(blocks).Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));

    /// <summary>Indents every line but the first of <paramref name="text"/> (blank lines stay empty).</summary>
    public static string Indent(string text, string first)
    {
        var pad = new string(' ', first.Length);
        var lines = text.Split('\n');
        return string.Join("\n", lines.Select((line, i) => i == 0 ? (first + line).TrimEnd() : line.Length == 0 ? "" : pad + line));
    }
}

/// <summary>One rendered block, and the kind of list it is (null when it is none).</summary>
internal readonly record struct MarkdownBlock(string Text, string? ListKind);
