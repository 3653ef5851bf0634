using Zeron.SharedKernel.Outbox;

namespace Zeron.Feedback.Contracts.Items;

/// <summary>Published (through the Feedback outbox) when the widget stores a new feedback item; never for replays.</summary>
[IntegrationEvent("feedback.feedback_received")]
public sealed record FeedbackReceived(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganizationId,
    Guid ProjectId,
    Guid FeedbackItemId,
    string Category) : IIntegrationEvent;
