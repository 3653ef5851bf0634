namespace Zeron.Feedback.Domain;

/// <summary>One customer site: its public widget key, the origins allowed to use it, categories and widget look.</summary>
internal sealed class Project
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string Name { get; set; }

    /// <summary><c>pk_…</c>: public (it sits in the customer's HTML); rotating it retires the old one at once.</summary>
    public required string PublicKey { get; set; }

    public List<string> AllowedOrigins { get; set; } = [];

    public List<string> Categories { get; set; } = [];

    public WidgetSettings Widget { get; set; } = new();

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>How the widget looks on the customer's site.</summary>
internal sealed class WidgetSettings
{
    public string Title { get; set; } = "Send us feedback";

    public string Greeting { get; set; } = "What's on your mind? We read every message.";

    public string AccentColor { get; set; } = "#4f46e5";

    public string Position { get; set; } = WidgetPositions.BottomRight;
}

internal static class WidgetPositions
{
    public const string BottomRight = "bottom-right";
    public const string BottomLeft = "bottom-left";

    public static readonly string[] All = [BottomRight, BottomLeft];
}
