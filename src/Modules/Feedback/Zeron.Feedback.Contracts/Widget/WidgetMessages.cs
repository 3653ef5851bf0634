using System.Text.Json;
using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Widget;

// Origin: the caller's Origin header when the request is cross-origin; null when it has none (server to server) or is
// same-origin. A non-null origin must be admitted by the project's allowlist, else the answer is Forbidden.

public sealed record GetWidgetConfigQuery(string? ProjectKey, string? Origin) : IQuery<Result<WidgetConfigDto>>;

/// <summary>A submission from the widget; <see cref="Website"/> is the honeypot field people never see.</summary>
public sealed record SubmitFeedbackCommand(
    string ProjectKey,
    string? Origin,
    string ClientId,
    string Message,
    string? Category,
    string? Email,
    string? PageUrl,
    JsonElement? Metadata,
    string? Website,
    string? UserAgent) : ICommand<Result<SubmitFeedbackResult>>;

public sealed record GetConversationQuery(Guid ConversationId, string? Token, string? Origin) : IQuery<Result<ConversationDto>>;

public sealed record ReplyToConversationCommand(Guid ConversationId, string? Token, string? Origin, string Body)
    : ICommand<Result<WidgetMessageDto>>;

/// <summary>A CORS preflight: is <see cref="Origin"/> admitted by the project found by key or by conversation?</summary>
public sealed record CheckWidgetOriginQuery(string? ProjectKey, Guid? ConversationId, string Origin) : IQuery<bool>;
