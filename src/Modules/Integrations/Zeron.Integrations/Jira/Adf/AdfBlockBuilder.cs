using System.Text.Json.Nodes;

using Markdig.Syntax;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>Where a block stands decides what ADF allows there (listItem and blockquote take fewer kinds than doc).</summary>
internal enum BlockPlace
{
    Doc,
    ListItem,
    Quote,
}

/// <summary>Markdig blocks to ADF block nodes, reshaped to what ADF allows where they stand; deep nesting degrades to text.</summary>
internal sealed class AdfBlockBuilder(AdfInlineBuilder inlines)
{
    public JsonArray Blocks(ContainerBlock container, BlockPlace place, int depth)
    {
        var content = new JsonArray();
        foreach (var block in container)
        {
            Add(block, place, depth, content);
        }

        return content;
    }

    private void Add(Block block, BlockPlace place, int depth, JsonArray into)
    {
        if (depth > AdfLimits.WriteBlockDepth)
        {
            AddText(MarkdigPlainText.Of(block), into);
            return;
        }

        switch (block)
        {
            case ParagraphBlock paragraph:
                AddIfAny(Adf.Paragraph(inlines.Build(paragraph.Inline)), into);
                break;
            case HeadingBlock heading:
                var text = inlines.Build(heading.Inline);
                AddIfAny(place == BlockPlace.Doc ? Adf.Heading(heading.Level, text) : Adf.Paragraph(text), into);
                break;
            case CodeBlock code:
                into.Add(Adf.CodeBlock((code as FencedCodeBlock)?.Info, code.Lines.ToString()));
                break;
            case ListBlock list:
                into.Add(List(list, depth));
                break;
            case QuoteBlock quote when place == BlockPlace.Doc:
                into.Add(Adf.Blockquote(NotEmpty(Blocks(quote, BlockPlace.Quote, depth + 1))));
                break;
            case ThematicBreakBlock:
                if (place == BlockPlace.Doc)
                {
                    into.Add(Adf.Rule());
                }

                break;
            case LinkReferenceDefinitionGroup:
                break;
            case ContainerBlock other:
                // A quote inside a list item or quote: ADF has no room for it there, its blocks join the parent.
                foreach (var child in other)
                {
                    Add(child, place, depth + 1, into);
                }

                break;
            case LeafBlock leaf:
                AddText(leaf.Lines.ToString(), into);
                break;
        }
    }

    private JsonObject List(ListBlock list, int depth)
    {
        var items = new JsonArray();
        foreach (var item in list)
        {
            var content = item is ContainerBlock container ? Blocks(container, BlockPlace.ListItem, depth + 2) : [];
            if (content.Count == 0 || content[0]?["type"]?.GetValue<string>() is not ("paragraph" or "codeBlock"))
            {
                content.Insert(0, Adf.Paragraph([]));
            }

            items.Add(Adf.ListItem(content));
        }

        return list.IsOrdered
            ? Adf.OrderedList(int.TryParse(list.OrderedStart, out var start) ? start : 1, items)
            : Adf.BulletList(items);
    }

    private static JsonArray NotEmpty(JsonArray content)
    {
        if (content.Count == 0)
        {
            content.Add(Adf.Paragraph([]));
        }

        return content;
    }

    private static void AddIfAny(JsonObject node, JsonArray into)
    {
        if (node["content"] is JsonArray { Count: > 0 })
        {
            into.Add(node);
        }
    }

    private static void AddText(string text, JsonArray into)
    {
        if (text.Trim().Length > 0)
        {
            into.Add(Adf.Paragraph([Adf.Text(text.Trim(), null)]));
        }
    }
}
