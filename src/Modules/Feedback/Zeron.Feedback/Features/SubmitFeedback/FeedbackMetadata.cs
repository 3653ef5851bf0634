using System.Text.Json;

namespace Zeron.Feedback.Features.SubmitFeedback;

/// <summary>
/// What the page may attach (<c>Zeron.setMetadata</c>, <c>identify</c>): a JSON object of at most 50 keys whose values
/// are scalars (strings up to 500 characters) or one level of object/array holding scalars. It is stored as jsonb, so
/// anything PostgreSQL would refuse (NUL, lone surrogates, numbers beyond double) is refused here, as a 400.
/// </summary>
internal static class FeedbackMetadata
{
    public const int MaxKeys = 50;
    public const int MaxStringLength = 500;
    public const int MaxKeyLength = 100;
    public const int MaxDepth = 2;
    public const string AnonymousIdKey = "anonymousId";

    public static bool IsAbsent(JsonElement? metadata) => metadata is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    /// <summary>Why the metadata is refused, or null when it is fine (absent counts as fine).</summary>
    public static string? Problem(JsonElement? metadata)
    {
        if (IsAbsent(metadata))
        {
            return null;
        }

        var root = metadata!.Value;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "Metadata must be a JSON object.";
        }

        if (root.EnumerateObject().Count() > MaxKeys)
        {
            return $"Metadata may have at most {MaxKeys} keys.";
        }

        if (root.TryGetProperty(AnonymousIdKey, out var anonymous)
            && (anonymous.ValueKind != JsonValueKind.String || anonymous.GetString() is not { Length: > 0 and <= MaxKeyLength }))
        {
            return $"Metadata {AnonymousIdKey} must be a string of 1 to {MaxKeyLength} characters.";
        }

        return IsStorable(root, depth: 1) ? null
            : $"Metadata values must be scalars or strings of at most {MaxStringLength} characters, nested at most {MaxDepth} levels, without NUL characters.";
    }

    /// <summary>The page's anonymous visitor id, when it sent one (checked by <see cref="Problem"/>).</summary>
    public static string? AnonymousId(JsonElement? metadata) =>
        !IsAbsent(metadata) && metadata!.Value.TryGetProperty(AnonymousIdKey, out var value) ? value.GetString() : null;

    public static string ToJson(JsonElement? metadata) => IsAbsent(metadata) ? "{}" : metadata!.Value.GetRawText();

    private static bool IsStorable(JsonElement element, int depth)
    {
        try
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => element.GetString() is { Length: <= MaxStringLength } s && !s.Contains('\0', StringComparison.Ordinal),
                JsonValueKind.Number => element.TryGetDouble(out var number) && double.IsFinite(number),
                JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
                JsonValueKind.Object => depth <= MaxDepth && element.EnumerateObject().Count() <= MaxKeys
                    && element.EnumerateObject().All(p => IsKey(p.Name) && IsStorable(p.Value, depth + 1)),
                JsonValueKind.Array => depth <= MaxDepth && element.GetArrayLength() <= MaxKeys
                    && element.EnumerateArray().All(e => IsStorable(e, depth + 1)),
                _ => false,
            };
        }
        catch (InvalidOperationException)
        {
            // A string or key that is not valid UTF-16 (a lone surrogate escape).
            return false;
        }
    }

    private static bool IsKey(string name) => name.Length is > 0 and <= MaxKeyLength && !name.Contains('\0', StringComparison.Ordinal);
}
