using System.Text.Json;

namespace Zeron.Integrations.Connections.Kinds;

/// <summary>
/// An LLM provider whose <c>GET /v1/models</c> lists the models the key may use as <c>{"data":[{"id":…}]}</c>
/// (Anthropic and OpenAI both do). A model named by alias (<c>claude-haiku-4-5</c>) matches its dated ids
/// (<c>claude-haiku-4-5-20251001</c>: the alias, a dash and eight digits).
/// </summary>
internal abstract class ModelListingKind : ConnectionKind
{
    public override bool IsLlmProvider => true;

    public override CheckStep? Inspect(JsonElement body, string model)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return new CheckStep("model", false, "the provider's model list was not in the expected shape");
        }

        var ids = data.EnumerateArray()
            .Select(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null)
            .OfType<string>()
            .ToList();
        var found = ids.Any(id => id == model || IsDatedVersionOf(id, model));
        return found
            ? new CheckStep("model", true, $"{model} is available")
            : new CheckStep("model", false, $"{model} is not among the models this key may use ({ids.Count} listed)");
    }

    /// <summary><c>claude-haiku-4-5-20251001</c> is a dated version of <c>claude-haiku-4-5</c>; <c>claude-haiku-4</c> is no alias of it.</summary>
    private static bool IsDatedVersionOf(string id, string model) =>
        id.Length == model.Length + 9 && id.StartsWith($"{model}-", StringComparison.Ordinal) && id[(model.Length + 1)..].All(char.IsAsciiDigit);
}
