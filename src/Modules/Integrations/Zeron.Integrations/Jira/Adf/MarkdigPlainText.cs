using System.Text;

using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>The text under a Markdig node, walked with an explicit stack (emphasis can nest thousands deep).</summary>
internal static class MarkdigPlainText
{
    public static string Of(MarkdownObject root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<MarkdownObject>();
        stack.Push(root);
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ContainerInline container:
                    PushAll(stack, container);
                    break;
                case LeafBlock leaf:
                    Separate(sb);
                    if (leaf.Inline is { } inline)
                    {
                        stack.Push(inline);
                    }
                    else
                    {
                        sb.Append(leaf.Lines.ToString().ReplaceLineEndings(" "));
                    }

                    break;
                case ContainerBlock block:
                    Separate(sb);
                    foreach (var child in block.Reverse())
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return sb.ToString().Trim();
    }

    private static void PushAll(Stack<MarkdownObject> stack, ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    private static void Separate(StringBuilder sb)
    {
        if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1]))
        {
            sb.Append(' ');
        }
    }
}
