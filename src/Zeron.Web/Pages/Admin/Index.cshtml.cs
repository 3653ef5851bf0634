using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Contracts.Members;
using Zeron.Feedback.Contracts.Overview;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// The admin home: the current organization's numbers and setup checklist (<see cref="HomeOverview"/>), the modules,
/// and the signed-in user's pending invitations, answered from the invitation's link (which carries its token: an
/// email alone is not enough).
/// </summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : AdminPageModel(sender)
{
    public IReadOnlyList<ReceivedInvitationDto> Invitations { get; private set; } = [];

    /// <summary>Null without a current organization.</summary>
    public HomeOverview? Overview { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Invitations = await Sender.Send(new ListReceivedInvitationsQuery(UserId), ct);
        if (CurrentOrganization is { } organization)
        {
            var since = HomeOverview.WeekStart(clock.GetUtcNow());
            var feedback = await Sender.Send(new GetFeedbackOverviewQuery(organization.Id, new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), ct);
            var members = await Sender.Send(new ListMembersQuery(organization.Id), ct);

            // Only Admins and Owners see invitations (as on the members page).
            var invitations = CanManage ? await Sender.Send(new ListInvitationsQuery(organization.Id), ct) : [];
            Overview = new HomeOverview(feedback, since, members.Count, invitations.Count(i => i.Status == InvitationStatus.Pending));
        }
    }
}
