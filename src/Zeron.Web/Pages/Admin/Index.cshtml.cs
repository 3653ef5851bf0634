using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Results;

namespace Zeron.Web.Pages.Admin;

/// <summary>The admin home: the modules, and the signed-in user's pending invitations to accept or decline.</summary>
public sealed class IndexModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<ReceivedInvitationDto> Invitations { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool IsError { get; set; }

    public async Task OnGetAsync() =>
        Invitations = await Sender.Send(new ListReceivedInvitationsQuery(UserId), HttpContext.RequestAborted);

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
