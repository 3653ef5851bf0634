using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>
/// Bullet and ordered lists (any depth, to the read limit); task and decision lists degrade to bullet items, a task
/// shown as <c>[ ]</c> or <c>[x]</c>. Blocks inside an item are indented under its marker.
/// </summary>
internal static class AdfLists
{
    public static string? Kind(string type) => type switch
    {
        "bulletList" or "taskList" or "decisionList" => "bullet",
        "orderedList" => "ordered",
        _ => null,
    };

    public static string List(JsonElement list, int depth, bool alternate)
    {
        var ordered = Kind(AdfNode.Type(list)) == "ordered";
        var number = Math.Clamp(AdfNode.IntAttr(list, "order") ?? 1, 0, 999_999_000);
        var items = new List<string>();
        foreach (var item in AdfNode.Content(list))
        {
            var marker = ordered ? $"{number++}{(alternate ? ')' : '.')} " : alternate ? "* " : "- ";
            items.Add(AdfBlockWriter.Indent(Item(item, depth + 1), marker));
        }

        return string.Join("\n", items);
    }

    private static string Item(JsonElement item, int depth)
    {
        if (AdfNode.Type(item) == "taskItem")
        {
            var done = AdfNode.Attr(item, "state") == "DONE";
            return (done ? "[x] " : "[ ] ") + AdfBlockWriter.Join(AdfBlockWriter.Blocks(AdfNode.Content(item), depth + 1), tightLists: true);
        }

        // A nested list belongs right under the item's text; anything else after a blank line (its own paragraph).
        var content = AdfNode.Type(item) is "listItem" or "decisionItem" ? AdfNode.Content(item) : [item];
        return AdfBlockWriter.Join(AdfBlockWriter.Blocks(content, depth + 1), tightLists: true);
    }
}
