namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>
/// Validation messages from <c>RequestValidationException</c>, keyed by the command's field names
/// (<c>name</c>, <c>allowedOrigins[2]</c>, <c>widget.accentColor</c>), so a form can show each next to its input.
/// </summary>
public sealed class FieldErrors(IReadOnlyDictionary<string, string[]> errors)
{
    public static readonly FieldErrors None = new(new Dictionary<string, string[]>());

    public bool Any => errors.Count > 0;

    public IEnumerable<string> All => errors.Values.SelectMany(m => m).Distinct(StringComparer.Ordinal);

    /// <summary>The messages of a field and of its list items (<c>allowedOrigins</c> also gets <c>allowedOrigins[0]</c>'s).</summary>
    public IReadOnlyList<string> For(string field) =>
        errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal))
            .SelectMany(e => e.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary><c>aria-invalid</c>: "true" for a field with messages, else null (Razor then leaves the attribute out).</summary>
    public string? Invalid(string field) => For(field).Count > 0 ? "true" : null;

    /// <summary><c>aria-describedby</c>: the help text's id and, when the field has messages, the error's (<c>{id}-error</c>).</summary>
    public string? DescribedBy(string field, string inputId, bool hasHelp = false)
    {
        var ids = new[] { hasHelp ? inputId + "-help" : null, For(field).Count > 0 ? inputId + "-error" : null }.OfType<string>();
        return ids.Any() ? string.Join(' ', ids) : null;
    }
}
