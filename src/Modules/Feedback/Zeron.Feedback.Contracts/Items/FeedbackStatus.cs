namespace Zeron.Feedback.Contracts.Items;

public enum FeedbackStatus
{
    New,
    Triaged,
    Planned,
    InProgress,
    Done,
    Closed,
    Spam,
}
