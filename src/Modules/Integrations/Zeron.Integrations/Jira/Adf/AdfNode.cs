using System.Text.Json;

namespace Zeron.Integrations.Jira.Adf;

/// <summary>Tolerant reads of one ADF node: a missing or mistyped member reads as absent, never as an error.</summary>
internal static class AdfNode
{
    private static readonly HashSet<string> InlineTypes =
    [
        "text", "hardBreak", "mention", "emoji", "date", "status", "inlineCard", "placeholder", "inlineExtension", "mediaInline",
    ];

    public static string Type(JsonElement node) => String(node, "type") ?? "";

    public static bool IsInline(JsonElement node) => InlineTypes.Contains(Type(node));

    public static IEnumerable<JsonElement> Content(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array
            ? content.EnumerateArray()
            : [];

    public static string? String(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string? Attr(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("attrs", out var attrs) ? String(attrs, name) : null;

    public static int? IntAttr(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("attrs", out var attrs) && attrs.ValueKind == JsonValueKind.Object
        && attrs.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    /// <summary>The words an atom shows (a mention's name, an emoji, a status, a card's address), or null.</summary>
    public static string? AtomText(JsonElement node) => Type(node) switch
    {
        "hardBreak" => null,
        "emoji" => Attr(node, "text") ?? Attr(node, "shortName"),
        "inlineCard" or "blockCard" or "embedCard" => Attr(node, "url"),
        "media" or "mediaInline" => Attr(node, "alt"),
        "date" => DateText(node),
        _ => Attr(node, "text"),
    };

    private static string? DateText(JsonElement node) =>
        long.TryParse(Attr(node, "timestamp"), out var ms) && ms is > -62135596800000 and < 253402300800000
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : Attr(node, "timestamp");
}
