using Mediator;

namespace Zeron.Feedback.Contracts.Overview;

/// <summary>
/// The admin home's feedback numbers for one organization: per project, what arrived since <paramref name="Since"/>
/// and the conversations waiting for a team reply; and where the first feedback ever came from.
/// </summary>
public sealed record GetFeedbackOverviewQuery(Guid OrganizationId, DateTimeOffset Since) : IQuery<FeedbackOverviewDto>;

/// <summary>Every project of the organization (by name), and the first feedback it received, if any.</summary>
public sealed record FeedbackOverviewDto(IReadOnlyList<ProjectActivityDto> Projects, FirstFeedbackDto? FirstFeedback)
{
    public int NewSince => Projects.Sum(p => p.NewSince);

    public int WaitingForReply => Projects.Sum(p => p.WaitingForReply);
}

/// <summary>
/// One project's numbers. <paramref name="WaitingForReply"/>: open items (not done, closed or spam) whose
/// conversation's latest message is the submitter's.
/// </summary>
public sealed record ProjectActivityDto(Guid ProjectId, string Name, int NewSince, int WaitingForReply);

/// <summary>
/// The organization's first feedback item. <paramref name="Origin"/> is the origin of the page it was sent from
/// (<c>https://shop.example.com</c>), null when it came without a web page (through the API).
/// </summary>
public sealed record FirstFeedbackDto(Guid ItemId, Guid ProjectId, string? Origin, DateTimeOffset ReceivedAt);
