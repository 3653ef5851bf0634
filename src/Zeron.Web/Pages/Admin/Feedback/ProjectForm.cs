using System.ComponentModel.DataAnnotations;
using Zeron.Feedback.Contracts.Projects;

namespace Zeron.Web.Pages.Admin.Feedback;

/// <summary>
/// A project's settings as the admin form posts them: origins one per line, categories comma-separated. A field
/// the form did not send stays null, so <see cref="ToUpdate"/> keeps its current value (PATCH semantics); an emptied
/// name, origin list or category list is sent as empty, so clearing it is a real change (and validated).
/// </summary>
public sealed class ProjectForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Name { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? AllowedOrigins { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Categories { get; set; }

    public string? Title { get; set; }

    public string? Greeting { get; set; }

    public string? AccentColor { get; set; }

    public string? Position { get; set; }

    public static ProjectForm From(ProjectDto project) => new()
    {
        Name = project.Name,
        AllowedOrigins = string.Join('\n', project.AllowedOrigins),
        Categories = string.Join(", ", project.Categories),
        Title = project.Widget.Title,
        Greeting = project.Widget.Greeting,
        AccentColor = project.Widget.AccentColor,
        Position = project.Widget.Position,
    };

    public CreateProjectCommand ToCreate(Guid organizationId) =>
        new(organizationId, Name ?? "", Split(AllowedOrigins, '\n'), Split(Categories, ','), null);

    public UpdateProjectCommand ToUpdate(Guid organizationId, Guid projectId) =>
        new(organizationId, projectId, Name, Split(AllowedOrigins, '\n'), Split(Categories, ','),
            new WidgetSettingsInput(Title, Greeting, AccentColor, Position));

    private static string[]? Split(string? text, char separator) =>
        text?.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
