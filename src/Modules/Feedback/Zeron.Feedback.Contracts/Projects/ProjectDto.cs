namespace Zeron.Feedback.Contracts.Projects;

public sealed record WidgetSettingsDto(string Title, string Greeting, string AccentColor, string Position);

public sealed record ProjectDto(
    Guid Id,
    string Name,
    string PublicKey,
    IReadOnlyList<string> AllowedOrigins,
    IReadOnlyList<string> Categories,
    WidgetSettingsDto Widget,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>Widget look as sent by a caller: every field optional (null keeps the current or default value).</summary>
public sealed record WidgetSettingsInput(string? Title = null, string? Greeting = null, string? AccentColor = null, string? Position = null);
