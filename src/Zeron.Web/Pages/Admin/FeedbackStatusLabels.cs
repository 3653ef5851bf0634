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

    /// <summary>
    /// A status posted by a form: only a status's exact name. A missing, unknown or numeric value is refused; bound to the
    /// enum, it would silently become the default, New.
    /// </summary>
    public static bool TryParseName(string? value, out FeedbackStatus status)
    {
        status = default;
        return Enum.GetNames<FeedbackStatus>().Contains(value, StringComparer.Ordinal) && Enum.TryParse(value, out status);
    }

    /// <summary>"New, Triaged, Planned, In progress, …": the choices, for an error that asks for one.</summary>
    public static string Choices => string.Join(", ", All.Select(Label));

    /// <summary>The badge's classes: <c>&lt;span class="@FeedbackStatusLabels.BadgeClass(s)"&gt;</c>.</summary>
    public static string BadgeClass(FeedbackStatus status) => $"badge feedback-status-{status.ToString().ToLowerInvariant()}";
}
