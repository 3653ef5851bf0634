using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Contracts.Members;
using Zeron.Feedback.Contracts.Overview;
using Zeron.SharedKernel.Results;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// The admin home: the current organization's numbers and setup checklist (<see cref="HomeOverview"/>), the modules,
/// and the signed-in user's pending invitations to accept or decline.
/// </summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : AdminPageModel(sender)
{
    public IReadOnlyList<ReceivedInvitationDto> Invitations { get; private set; } = [];

    /// <summary>Null without a current organization.</summary>
    public HomeOverview? Overview { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool IsError { get; set; }

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

    public async Task<IActionResult> OnPostAcceptAsync(Guid id) =>
        Answered(await Sender.Send(new AcceptInvitationCommand(UserId, id), HttpContext.RequestAborted), "You joined");

    public async Task<IActionResult> OnPostDeclineAsync(Guid id) =>
        Answered(await Sender.Send(new DeclineInvitationCommand(UserId, id), HttpContext.RequestAborted), "You declined the invitation to");

    private RedirectToPageResult Answered(Result<ReceivedInvitationDto> result, string done)
    {
        (Message, IsError) = result.IsSuccess ? ($"{done} {result.Value.OrganizationName}.", false) : (result.Error!.Message, true);
        if (result.IsSuccess && result.Value.Status == InvitationStatus.Accepted)
        {
            SelectOrganization(Response, result.Value.OrganizationId);
        }

        return RedirectToPage();
    }
}
