using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Webhooks;

public sealed record WebhookDto(Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt);

/// <summary>A new webhook: <see cref="Secret"/> (for checking <c>X-Zeron-Signature</c>) is shown this once.</summary>
public sealed record CreatedWebhookDto(Guid Id, string Url, IReadOnlyList<string> Events, string Secret, DateTimeOffset CreatedAt);

public sealed record WebhookDeliveryDto(
    Guid Id, string EventType, string Status, int Attempts, int? LastStatusCode, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

public sealed record ListWebhooksQuery(Guid OrganizationId, Guid ProjectId) : IQuery<Result<IReadOnlyList<WebhookDto>>>;

public sealed record CreateWebhookCommand(Guid OrganizationId, Guid ProjectId, string Url, IReadOnlyList<string> Events) : ICommand<Result<CreatedWebhookDto>>;

public sealed record DeleteWebhookCommand(Guid OrganizationId, Guid ProjectId, Guid WebhookId) : ICommand<Result<bool>>;

/// <summary>The latest 50 deliveries of a webhook, newest first.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid OrganizationId, Guid ProjectId, Guid WebhookId) : IQuery<Result<IReadOnlyList<WebhookDeliveryDto>>>;
