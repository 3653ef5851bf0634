using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Invitations;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// The admin home: the modules, and the signed-in user's pending invitations: accepted from the invitation's link
/// (which carries its token: an email alone is not enough), declined here.
/// </summary>
public sealed class IndexModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<ReceivedInvitationDto> Invitations { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool IsError { get; set; }

    public async Task OnGetAsync() =>
        Invitations = await Sender.Send(new ListReceivedInvitationsQuery(UserId), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDeclineAsync(Guid id)
    {
        var result = await Sender.Send(new DeclineInvitationCommand(UserId, id), HttpContext.RequestAborted);
        (Message, IsError) = result.IsSuccess ? ($"You declined the invitation to {result.Value.OrganizationName}.", false) : (result.Error!.Message, true);
        return RedirectToPage();
    }
}
