using System.Globalization;
using System.Text;
using System.Text.Json;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Triage;

/// <summary>
/// Reads the model's answer, field by field (ADR 29). Repaired: a ```json fence around the object, a title longer than
/// 80 characters (cut at a character boundary, whitespace collapsed), a sentiment outside −1..1 (clamped), a category,
/// priority or language in another case or with spaces, a language with a region (<c>pt-BR</c> → <c>pt</c>), fields
/// the schema does not name (ignored). Rejected, so the whole answer is: anything but one JSON object, a missing or
/// empty field, a field of the wrong JSON type, a category the project does not have, an unknown priority, a language
/// that is not two letters.
/// </summary>
internal static class TriageAnswer
{
    /// <summary>The summary, or why the answer was rejected (told to the model on the retry).</summary>
    public static (TriageSummary? Summary, string? Problem) Parse(string text, IReadOnlyList<string> categories, string model, DateTimeOffset now)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(Unfenced(text));
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "it is not one JSON object.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "it is not one JSON object.");
        }

        if (Text(root, "title") is not { } rawTitle || Title(rawTitle) is not { Length: > 0 } title)
        {
            return (null, "\"title\" must be a non-empty string.");
        }

        if (Text(root, "category") is not { } rawCategory
            || categories.FirstOrDefault(c => string.Equals(c, rawCategory.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } category)
        {
            return (null, $"\"category\" must be one of: {string.Join(", ", categories)}.");
        }

        if (!root.TryGetProperty("sentiment", out var sentiment) || sentiment.ValueKind != JsonValueKind.Number || !sentiment.TryGetDouble(out var score))
        {
            return (null, "\"sentiment\" must be a number from -1 to 1.");
        }

        if (Text(root, "priority") is not { } rawPriority || !TryPriority(rawPriority.Trim(), out var priority))
        {
            return (null, "\"priority\" must be one of: low, medium, high, urgent.");
        }

        if (Text(root, "language") is not { } rawLanguage || Language(rawLanguage) is not { } language)
        {
            return (null, "\"language\" must be an ISO 639-1 code such as \"en\".");
        }

        return (new TriageSummary(title, category, Math.Clamp(score, -1, 1), priority, language, now, model), null);
    }

    private static string Unfenced(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }

        var body = trimmed[3..^3];
        return body.StartsWith("json", StringComparison.OrdinalIgnoreCase) ? body[4..] : body;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Whitespace and control characters collapsed to single spaces, then cut to 80 characters without splitting one.</summary>
    private static string Title(string raw)
    {
        var collapsed = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
        }

        var title = collapsed.ToString().TrimEnd();
        if (title.Length <= TriageSummary.MaxTitleLength)
        {
            return title;
        }

        return title[..LastElementBoundary(title, TriageSummary.MaxTitleLength)].TrimEnd();
    }

    /// <summary>The longest prefix of whole text elements (user-perceived characters) of at most <paramref name="max"/> chars.</summary>
    private static int LastElementBoundary(string text, int max)
    {
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return end;
    }

    private static bool TryPriority(string value, out FeedbackPriority priority)
    {
        priority = default;
        return value.Length > 0 && char.IsLetter(value[0]) && Enum.TryParse(value, ignoreCase: true, out priority) && Enum.IsDefined(priority);
    }

    /// <summary>Two ASCII letters, lower case; a region or script after <c>-</c> or <c>_</c> is dropped.</summary>
    private static string? Language(string raw)
    {
        var code = raw.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length == 2 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
