using System.Text;
using System.Text.Json.Nodes;

using Markdig.Syntax.Inlines;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>Markdig inlines to ADF inline nodes: emphasis, strike, code and links become marks on text nodes.</summary>
internal sealed class AdfInlineBuilder(MentionDirectory mentions)
{
    public JsonArray Build(ContainerInline? root)
    {
        var run = new InlineRun(mentions);
        if (root is not null)
        {
            Children(root, default, 1, run);
        }

        return run.ToJson();
    }

    private void Walk(Inline inline, WriteMarks marks, int depth, InlineRun run)
    {
        if (depth > AdfLimits.WriteInlineDepth)
        {
            run.Text(MarkdigPlainText.Of(inline), marks);
            return;
        }

        switch (inline)
        {
            case CodeInline code:
                run.Text(code.Content, marks with { Code = true });
                break;
            case EmphasisInline emphasis:
                var inner = emphasis.DelimiterChar == '~' ? marks with { Strike = true }
                    : emphasis.DelimiterCount >= 2 ? marks with { Strong = true } : marks with { Em = true };
                Children(emphasis, inner, depth + 1, run);
                break;
            case LinkInline link:
                Link(link, marks, depth, run);
                break;
            case AutolinkInline autolink:
                var href = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                run.Text(autolink.Url, WriteMarks.IsSafeHref(href) ? marks with { Href = href } : marks);
                break;
            case LineBreakInline lineBreak when lineBreak.IsHard:
                run.HardBreak();
                break;
            case LineBreakInline:
                run.Text(" ", marks);
                break;
            case HtmlEntityInline entity:
                run.Text(entity.Transcoded.ToString(), marks);
                break;
            case HtmlInline html:
                run.Text(html.Tag, marks);
                break;
            case ContainerInline container:
                Children(container, marks, depth + 1, run);
                break;
        }
    }

    private void Link(LinkInline link, WriteMarks marks, int depth, InlineRun run)
    {
        var href = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        var linked = WriteMarks.IsSafeHref(href) ? marks with { Href = href } : marks;
        var text = MarkdigPlainText.Of(link);
        if (link.IsImage || text.Length == 0)
        {
            // ADF has no external image Jira shows reliably: the alt text (or the address) as a link.
            run.Text(text.Length > 0 ? text : href, linked);
            return;
        }

        Children(link, linked, depth + 1, run);
    }

    /// <summary>Walks the children; neighbouring literals are joined first, so a mention may span an escape.</summary>
    private void Children(ContainerInline container, WriteMarks marks, int depth, InlineRun run)
    {
        var literal = new StringBuilder();
        var escaped = new HashSet<int>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline text)
            {
                if (text.IsFirstCharacterEscaped)
                {
                    escaped.Add(literal.Length);
                }

                literal.Append(text.Content.AsSpan());
                continue;
            }

            EndLiteral(literal, escaped, marks, run);
            Walk(child, marks, depth, run);
        }

        EndLiteral(literal, escaped, marks, run);
    }

    private static void EndLiteral(StringBuilder literal, HashSet<int> escaped, WriteMarks marks, InlineRun run)
    {
        if (literal.Length > 0)
        {
            run.Literal(literal.ToString(), escaped, marks);
            literal.Clear();
            escaped.Clear();
        }
    }
}
