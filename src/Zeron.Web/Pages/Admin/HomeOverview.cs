using System.Globalization;
using Zeron.Feedback.Contracts.Overview;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// What the admin home shows of the current organization: this week's feedback, who waits for a reply, and the
/// setup checklist (create a project → paste the snippet → invite a teammate) that ticks itself from those facts.
/// </summary>
public sealed record HomeOverview(FeedbackOverviewDto Feedback, DateOnly Since, int Members, int PendingInvitations)
{
    /// <summary>"This week": today and the six days before it, in UTC, so the inbox's day filter shows the same items.</summary>
    public static DateOnly WeekStart(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).AddDays(-6);

    public IReadOnlyList<ProjectActivityDto> Projects => Feedback.Projects;

    public FirstFeedbackDto? FirstFeedback => Feedback.FirstFeedback;

    public bool HasProject => Projects.Count > 0;

    public bool HasFeedback => FirstFeedback is not null;

    public bool HasTeammate => Members > 1 || PendingInvitations > 0;

    public int StepsDone => (HasProject ? 1 : 0) + (HasFeedback ? 1 : 0) + (HasTeammate ? 1 : 0);

    public bool SetupComplete => StepsDone == 3;

    /// <summary>Where to paste the snippet from: the first project's page (the checklist's second step).</summary>
    public string SnippetLink => HasProject ? $"/admin/feedback/projects/{Projects[0].ProjectId}#embed-snippet" : "/admin/feedback#new-name";

    public string SinceText => Since.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>The inbox showing what <see cref="ProjectActivityDto.NewSince"/> counts: that project, from <see cref="Since"/>.</summary>
    public string NewInInbox(Guid? projectId) =>
        $"/admin/feedback/inbox?{(projectId is { } id ? $"project={id}&" : "")}from={Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The inbox in latest-activity order, where conversations the submitter wrote last come first, marked "Submitter replied".</summary>
    public static string InInbox(Guid? projectId) => projectId is { } id ? $"/admin/feedback/inbox?project={id}&sort=activity" : "/admin/feedback/inbox?sort=activity";
}
