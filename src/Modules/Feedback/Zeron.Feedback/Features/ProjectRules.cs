using FluentValidation;
using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features;

/// <summary>Validation shared by create and update: the same limits whichever way a project is written.</summary>
internal static class ProjectRules
{
    public static void NameRule<T>(IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(100).Must(n => n is null || !n.Any(char.IsControl)).WithMessage("Name must not contain control characters.");

    public static void OriginsRule<T>(IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(o => o!.Count <= AllowedOrigins.MaxEntries).WithMessage($"At most {AllowedOrigins.MaxEntries} allowed origins.")
            .ForEach(e => e.Must(o => AllowedOrigins.Normalize(o) is not null)
                .WithMessage((_, o) => AllowedOrigins.CoversPublicSuffix(o)
                    ? $"'{o}' is a wildcard over a public suffix, which would admit every site registered under it: name your own domain (https://*.example.com)."
                    : $"'{o}' is not an origin: use scheme://host[:port] or https://*.example.com."));

    public static void CategoriesRule<T>(IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(c => c!.Count is > 0 and <= Categories.MaxCount).WithMessage($"Give 1 to {Categories.MaxCount} categories.")
            .ForEach(e => e.NotEmpty().MaximumLength(Categories.MaxLength).Must(c => c is not null && !c.Any(char.IsControl))
                .WithMessage("Categories must not contain control characters."));

    public static void WidgetRules(AbstractValidator<WidgetSettingsInput> v)
    {
        v.RuleFor(w => w.Title).MaximumLength(60).Must(NoControl).WithMessage("Title must not contain control characters.");
        v.RuleFor(w => w.Greeting).MaximumLength(280).Must(NoControl).WithMessage("Greeting must not contain control characters.");
        v.RuleFor(w => w.AccentColor).Matches(@"^#[0-9a-fA-F]{6}\z").WithMessage("Accent colour must look like #4f46e5.");
        v.RuleFor(w => w.Position).Must(p => p is null || WidgetPositions.All.Contains(p))
            .WithMessage($"Position must be one of: {string.Join(", ", WidgetPositions.All)}.");
    }

    private static bool NoControl(string? value) => value is null || !value.Any(char.IsControl);
}

internal sealed class WidgetSettingsInputValidator : AbstractValidator<WidgetSettingsInput>
{
    public WidgetSettingsInputValidator() => ProjectRules.WidgetRules(this);
}
