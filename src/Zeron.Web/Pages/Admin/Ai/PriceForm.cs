using System.Globalization;
using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Web.Pages.Admin.Ai;

/// <summary>The new-price form as posted (text, so a typo is a message next to its field, not a binding error).</summary>
public sealed class PriceForm
{
    public string? Provider { get; set; }

    public string? Model { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? InputPerMillion { get; set; }

    public string? OutputPerMillion { get; set; }

    public string? CacheWrite5mPerMillion { get; set; }

    public string? CacheWrite1hPerMillion { get; set; }

    public string? CacheReadPerMillion { get; set; }

    /// <summary>The command, or the fields that are not a date or a number (keyed as the command's validator keys them).</summary>
    public (SaveLlmPriceCommand? Command, IReadOnlyDictionary<string, string[]> Errors) ToCommand()
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(EffectiveFrom?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            errors["effectiveFrom"] = ["Give the first day of the new price as a date (yyyy-MM-dd)."];
        }

        var input = Price(InputPerMillion, "inputPerMillion", "input", errors);
        var output = Price(OutputPerMillion, "outputPerMillion", "output", errors);
        var write5m = Price(CacheWrite5mPerMillion, "cacheWrite5mPerMillion", "5-minute cache write", errors);
        var write1h = Price(CacheWrite1hPerMillion, "cacheWrite1hPerMillion", "1-hour cache write", errors);
        var read = Price(CacheReadPerMillion, "cacheReadPerMillion", "cache read", errors);
        return errors.Count > 0
            ? (null, errors)
            : (new SaveLlmPriceCommand(Provider?.Trim() ?? "", Model?.Trim() ?? "", from, input, output, write5m, write1h, read), errors);
    }

    private static decimal Price(string? text, string field, string what, Dictionary<string, string[]> errors)
    {
        if (decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [$"Give the {what} price in USD per million tokens, like 1.25 (0 when the model has none)."];
        return 0;
    }
}
