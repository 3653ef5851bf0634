using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// ADF (a Jira description, comment or textarea field) to CommonMark, for an agent's prompt. Ticket text is untrusted:
/// it is escaped so the Markdown shows the same text and no structure it did not have; nodes without a Markdown form
/// (panels, tables, cards, status, dates, extensions, unknown types) degrade to their text; nesting deeper than
/// <see cref="AdfLimits.ReadDepth"/> degrades to plain text. Never throws.
/// </summary>
internal static class AdfToMarkdown
{
    /// <summary>From JSON text; JSON the parser refuses (malformed, absurdly deep) gives its text values as one paragraph.</summary>
    public static string Convert(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "";
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = AdfLimits.JsonDepth });
            return Convert(document.RootElement);
        }
        catch (JsonException)
        {
            return MarkdownEscaper.Paragraph(AdfPlainText.OfJson(json));
        }
    }

    public static string Convert(JsonElement document) =>
        document.ValueKind switch
        {
            JsonValueKind.Object when AdfNode.Type(document) == "doc" => Join(AdfBlockWriter.Blocks(AdfNode.Content(document), 1)),
            JsonValueKind.Object => Join(AdfBlockWriter.Blocks([document], 1)),
            JsonValueKind.Array => Join(AdfBlockWriter.Blocks(document.EnumerateArray(), 1)),
            JsonValueKind.String => MarkdownEscaper.Paragraph(document.GetString() ?? ""),
            _ => "",
        };

    private static string Join(List<MarkdownBlock> blocks) => AdfBlockWriter.Join(blocks);
}
