using FluentValidation;

namespace Zeron.SharedKernel.Validation;

/// <summary>Rules every module applies to text that may reach PostgreSQL.</summary>
public static class TextRules
{
    /// <summary>
    /// PostgreSQL text cannot hold U+0000: a string carrying it fails the query (a 500) wherever it is used, even
    /// only to look something up. Refuse it with the other validation errors instead (a 400 naming the field).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> NoNulCharacters<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(HasNoNul).WithMessage("{PropertyName} must not contain NUL characters.");

    public static bool HasNoNul(string? value) => value is null || !value.Contains('\0', StringComparison.Ordinal);
}
