namespace Zeron.Feedback.Contracts.Items;

/// <summary>The order of a feedback list: newest item first, or latest activity (a new item or a new message) first.</summary>
public enum FeedbackSort
{
    Newest,
    Activity,
}
