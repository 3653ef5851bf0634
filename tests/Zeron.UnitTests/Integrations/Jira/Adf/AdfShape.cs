using System.Text.Json.Nodes;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

/// <summary>
/// The rules of Atlassian's ADF schema for the nodes Zeron writes (doc, paragraph, heading, lists, codeBlock,
/// blockquote, rule, text, hardBreak, mention): what each may contain, non-empty text, and which marks go together.
/// </summary>
internal static class AdfShape
{
    private static readonly Dictionary<string, string[]> Children = new()
    {
        ["doc"] = ["paragraph", "heading", "bulletList", "orderedList", "codeBlock", "blockquote", "rule"],
        ["paragraph"] = ["text", "hardBreak", "mention"],
        ["heading"] = ["text", "hardBreak", "mention"],
        ["bulletList"] = ["listItem"],
        ["orderedList"] = ["listItem"],
        ["listItem"] = ["paragraph", "bulletList", "orderedList", "codeBlock"],
        ["blockquote"] = ["paragraph", "bulletList", "orderedList", "codeBlock"],
        ["codeBlock"] = ["text"],
    };

    public static List<string> Problems(JsonNode? doc)
    {
        var problems = new List<string>();
        if (doc is not JsonObject root || root["version"]?.GetValue<int>() != 1 || Type(root) != "doc" || root["content"] is not JsonArray)
        {
            problems.Add("not a version 1 doc with a content array");
            return problems;
        }

        Check(root, "doc", problems);
        return problems;
    }

    private static void Check(JsonObject node, string path, List<string> problems)
    {
        var type = Type(node);
        switch (type)
        {
            case "text":
                CheckText(node, path, problems);
                return;
            case "heading" when (node["attrs"]?["level"]?.GetValue<int>() ?? 0) is < 1 or > 6:
                problems.Add($"{path}: heading level");
                break;
            case "mention" when string.IsNullOrEmpty(node["attrs"]?["id"]?.GetValue<string>()):
                problems.Add($"{path}: mention without id");
                break;
        }

        if (!Children.TryGetValue(type, out var allowed))
        {
            return;
        }

        var content = node["content"] as JsonArray ?? [];
        if (type is "bulletList" or "orderedList" or "listItem" or "blockquote" && content.Count == 0)
        {
            problems.Add($"{path}: empty {type}");
        }

        for (var i = 0; i < content.Count; i++)
        {
            var child = content[i] as JsonObject;
            var childType = child is null ? "?" : Type(child);
            var ok = type == "listItem" && i == 0 ? childType is "paragraph" or "codeBlock" : allowed.Contains(childType);
            if (!ok || child is null)
            {
                problems.Add($"{path}/{i}: {childType} inside {type}");
                continue;
            }

            if (type == "codeBlock" && child["marks"] is JsonArray { Count: > 0 })
            {
                problems.Add($"{path}/{i}: marks in a code block");
            }

            Check(child, $"{path}/{i}:{childType}", problems);
        }
    }

    private static void CheckText(JsonObject node, string path, List<string> problems)
    {
        if (node["text"]?.GetValue<string>() is not { Length: > 0 })
        {
            problems.Add($"{path}: empty text");
        }

        var marks = (node["marks"] as JsonArray ?? []).Select(m => m is JsonObject mark ? Type(mark) : "?").ToList();
        if (marks.Distinct().Count() != marks.Count || marks.Any(m => m is not ("strong" or "em" or "strike" or "code" or "link")))
        {
            problems.Add($"{path}: marks {string.Join(",", marks)}");
        }

        if (marks.Contains("code") && marks.Any(m => m is not ("code" or "link")))
        {
            problems.Add($"{path}: code mark beside {string.Join(",", marks)}");
        }

        if (node["marks"] is JsonArray all && all.Any(m => Type((JsonObject)m!) == "link" && m!["attrs"]?["href"]?.GetValue<string>() is not { Length: > 0 }))
        {
            problems.Add($"{path}: link without href");
        }
    }

    private static string Type(JsonObject node) => node["type"]?.GetValue<string>() ?? "?";
}
