using System.Text.Json.Nodes;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>Builders of the few ADF nodes Zeron writes, in the shapes of Atlassian's ADF node reference.</summary>
internal static class Adf
{
    public static JsonObject Doc(JsonArray content) => new() { ["version"] = 1, ["type"] = "doc", ["content"] = content };

    public static JsonObject Paragraph(JsonArray content) => Node("paragraph", content);

    public static JsonObject Heading(int level, JsonArray content) =>
        new() { ["type"] = "heading", ["attrs"] = new JsonObject { ["level"] = Math.Clamp(level, 1, 6) }, ["content"] = content };

    public static JsonObject BulletList(JsonArray items) => Node("bulletList", items);

    public static JsonObject OrderedList(int order, JsonArray items) =>
        new() { ["type"] = "orderedList", ["attrs"] = new JsonObject { ["order"] = order }, ["content"] = items };

    public static JsonObject ListItem(JsonArray content) => Node("listItem", content);

    public static JsonObject Blockquote(JsonArray content) => Node("blockquote", content);

    public static JsonObject Rule() => new() { ["type"] = "rule" };

    public static JsonObject HardBreak() => new() { ["type"] = "hardBreak" };

    /// <summary>A code block; its text node is left out when empty (ADF text nodes are never empty).</summary>
    public static JsonObject CodeBlock(string? language, string code)
    {
        var node = new JsonObject { ["type"] = "codeBlock" };
        if (!string.IsNullOrWhiteSpace(language))
        {
            node["attrs"] = new JsonObject { ["language"] = language };
        }

        node["content"] = code.Length == 0 ? new JsonArray() : new JsonArray(Text(code, null));
        return node;
    }

    public static JsonObject Text(string text, JsonArray? marks)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text };
        if (marks is { Count: > 0 })
        {
            node["marks"] = marks;
        }

        return node;
    }

    /// <summary>Jira's own mentions carry the display name with its leading <c>@</c> in <c>attrs.text</c>.</summary>
    public static JsonObject Mention(string accountId, string displayName) =>
        new() { ["type"] = "mention", ["attrs"] = new JsonObject { ["id"] = accountId, ["text"] = "@" + displayName } };

    private static JsonObject Node(string type, JsonArray content) => new() { ["type"] = type, ["content"] = content };
}
