using Mediator;
using Microsoft.Extensions.Logging;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.EventHandlers;

/// <summary>
/// Records that a <see cref="FeedbackReceived"/> came through the outbox. Its real consumers (feedback trends, the
/// AI follow-up, embeddings) are still to come; meanwhile the delivery is visible in the logs, and the mediator's
/// generator, which refuses an event nobody handles, is satisfied honestly rather than by silencing its check.
/// </summary>
internal sealed partial class FeedbackReceivedLogger(ILogger<FeedbackReceivedLogger> logger) : INotificationHandler<FeedbackReceived>
{
    public ValueTask Handle(FeedbackReceived notification, CancellationToken cancellationToken)
    {
        LogReceived(logger, notification.FeedbackItemId, notification.ProjectId, notification.Category);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback {FeedbackItemId} received for project {ProjectId} ({Category})")]
    private static partial void LogReceived(ILogger logger, Guid feedbackItemId, Guid projectId, string category);
}
