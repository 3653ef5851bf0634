namespace Zeron.Feedback.Domain;

/// <summary>A project's outgoing webhook: where to POST which events, and the secret the deliveries are signed with.</summary>
internal sealed class Webhook
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public Guid ProjectId { get; init; }

    public required string Url { get; init; }

    public List<string> Events { get; set; } = [];

    /// <summary>The signing secret, encrypted with ASP.NET Data Protection (keys in PostgreSQL): Zeron must read it to sign.</summary>
    public required string ProtectedSecret { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal static class WebhookEvents
{
    public const string FeedbackCreated = "feedback.created";
    public const string FeedbackStatusChanged = "feedback.status_changed";
    public const string FeedbackMessageAdded = "feedback.message_added";

    public static readonly string[] All = [FeedbackCreated, FeedbackStatusChanged, FeedbackMessageAdded];
}
