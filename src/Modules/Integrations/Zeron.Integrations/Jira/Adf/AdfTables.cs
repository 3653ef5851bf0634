using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// A table degrades to its text: one paragraph, a line per row, cells apart by <c> | </c> (a <c>|</c> inside a cell is
/// escaped). Text and marks of a cell's paragraphs and headings are kept; other cell content becomes plain text.
/// </summary>
internal static class AdfTables
{
    public static string Table(JsonElement table, int depth)
    {
        var rows = AdfNode.Content(table)
            .Select(row => string.Join(" | ", AdfNode.Content(row).Select(cell => Cell(cell, depth + 2))))
            .Where(row => row.Trim().Length > 0);
        return string.Join("\\\n", rows);
    }

    private static string Cell(JsonElement cell, int depth) =>
        string.Join(" ", AdfNode.Content(cell).Select(block => depth <= AdfLimits.ReadDepth && AdfNode.Type(block) is "paragraph" or "heading"
            ? AdfInlineWriter.Write(AdfNode.Content(block), depth + 1, singleLine: true)
            : MarkdownEscaper.Paragraph(AdfPlainText.Of(block)).Replace("\\\n", " ", StringComparison.Ordinal)));
}
