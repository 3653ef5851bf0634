using Zeron.Feedback.Contracts.Projects;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features;

internal static class ProjectMapping
{
    public static ProjectDto ToDto(this Project p) =>
        new(p.Id, p.Name, p.PublicKey, p.AllowedOrigins, p.Categories,
            new WidgetSettingsDto(p.Widget.Title, p.Widget.Greeting, p.Widget.AccentColor, p.Widget.Position),
            p.CreatedAt, p.UpdatedAt);

    /// <summary>Applies the non-null fields of <paramref name="input"/>.</summary>
    public static void Apply(this WidgetSettings widget, WidgetSettingsInput? input)
    {
        if (input is null)
        {
            return;
        }

        widget.Title = input.Title?.Trim() ?? widget.Title;
        widget.Greeting = input.Greeting?.Trim() ?? widget.Greeting;
        widget.AccentColor = input.AccentColor?.ToLowerInvariant() ?? widget.AccentColor;
        widget.Position = input.Position ?? widget.Position;
    }

    public static List<string> NormalizedOrigins(IEnumerable<string> origins) =>
        origins.Select(AllowedOrigins.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
