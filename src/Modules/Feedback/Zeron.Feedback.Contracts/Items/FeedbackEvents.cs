using Zeron.SharedKernel.Outbox;

namespace Zeron.Feedback.Contracts.Items;

/// <summary>Published through the Feedback outbox when an item's status changes (webhook <c>feedback.status_changed</c>).</summary>
[IntegrationEvent("feedback.status_changed")]
public sealed record FeedbackStatusChanged(
    Guid EventId, DateTimeOffset OccurredAt, Guid OrganizationId, Guid ProjectId, Guid FeedbackItemId, FeedbackStatus From, FeedbackStatus To)
    : IIntegrationEvent;

/// <summary>Published when a message joins a conversation, from the submitter or an admin (<c>feedback.message_added</c>).</summary>
[IntegrationEvent("feedback.message_added")]
public sealed record FeedbackMessageAdded(
    Guid EventId, DateTimeOffset OccurredAt, Guid OrganizationId, Guid ProjectId, Guid FeedbackItemId, Guid MessageId)
    : IIntegrationEvent;
