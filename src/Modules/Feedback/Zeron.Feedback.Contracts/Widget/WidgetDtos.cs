namespace Zeron.Feedback.Contracts.Widget;

/// <summary>What the widget needs to draw itself (public: anyone holding the key may read it).</summary>
public sealed record WidgetConfigDto(string Title, string Greeting, string AccentColor, string Position, IReadOnlyList<string> Categories);

/// <summary>The answer to a submission; the token opens the conversation and is shown only to the submitter.</summary>
public sealed record SubmittedFeedbackDto(Guid Id, Guid ConversationId, string ConversationToken);

/// <summary><see cref="IsReplay"/>: the client id had been used before, so nothing new was stored (HTTP 200, not 201).</summary>
public sealed record SubmitFeedbackResult(SubmittedFeedbackDto Feedback, bool IsReplay);

/// <summary>Author is <c>submitter</c>, <c>admin</c> or <c>assistant</c>.</summary>
public sealed record WidgetMessageDto(Guid Id, string Author, string Body, DateTimeOffset CreatedAt);

public sealed record ConversationDto(Guid Id, IReadOnlyList<WidgetMessageDto> Messages);
