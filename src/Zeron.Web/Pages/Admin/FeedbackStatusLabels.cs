using Zeron.Feedback.Contracts.Items;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// How a feedback status reads and looks in every admin page: one label ("In progress", not "InProgress") and one badge
/// colour each (zeron.css <c>.badge.feedback-status-*</c>, every pair AA contrast).
/// </summary>
public static class FeedbackStatusLabels
{
    public static IReadOnlyList<FeedbackStatus> All { get; } = Enum.GetValues<FeedbackStatus>();

    public static string Label(FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => "New",
        FeedbackStatus.Triaged => "Triaged",
        FeedbackStatus.Planned => "Planned",
        FeedbackStatus.InProgress => "In progress",
        FeedbackStatus.Done => "Done",
        FeedbackStatus.Closed => "Closed",
        FeedbackStatus.Spam => "Spam",
        _ => status.ToString(),
    };

    /// <summary>The badge's classes: <c>&lt;span class="@FeedbackStatusLabels.BadgeClass(s)"&gt;</c>.</summary>
    public static string BadgeClass(FeedbackStatus status) => $"badge feedback-status-{status.ToString().ToLowerInvariant()}";
}
