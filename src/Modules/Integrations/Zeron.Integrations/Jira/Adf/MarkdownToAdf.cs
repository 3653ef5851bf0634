using System.Text.Json.Nodes;

using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// CommonMark (plus <c>~~strike~~</c>) to an ADF document for Jira comments and textarea fields. Markdig parses;
/// raw HTML is off (it stays text). What ADF cannot hold where it stands is reshaped, never dropped as text: a heading
/// or quote inside a list item or quote becomes paragraphs, an image a link, a link whose scheme is not http, https
/// or mailto its text. Input Markdig refuses as too deeply nested becomes plain paragraphs.
/// </summary>
internal static class MarkdownToAdf
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .DisableHtml()
        .Build();

    /// <param name="people">Who <c>@Name</c> may mention; a name two people share is left as text.</param>
    public static JsonObject Convert(string? markdown, IReadOnlyCollection<JiraMention>? people = null)
    {
        var text = markdown ?? "";
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own nesting limit (128): the text is kept, its structure is not.
            return Adf.Doc([.. text.ReplaceLineEndings("\n").Split("\n\n").Where(p => p.Trim().Length > 0)
                .Select(p => Adf.Paragraph([Adf.Text(p.Trim(), null)]))]);
        }

        var builder = new AdfBlockBuilder(new AdfInlineBuilder(new MentionDirectory(people ?? [])));
        return Adf.Doc(builder.Blocks(document, BlockPlace.Doc, 1));
    }
}
