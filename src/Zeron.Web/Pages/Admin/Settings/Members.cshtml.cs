using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin.Settings;

/// <summary>Lists members; Admins and Owners add people. Posts redirect back, the outcome rides once in TempData.</summary>
public sealed class MembersModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<MemberDto> Members { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool IsError { get; set; }

    [TempData]
    public string? TemporaryPassword { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        Members = await Sender.Send(new ListMembersQuery(CurrentOrganization.Id), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, OrganizationRole role)
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            var result = await Sender.Send(new AddMemberCommand(CurrentOrganization.Id, CurrentOrganization.Role, email ?? "", role, null), HttpContext.RequestAborted);
            (Message, IsError) = result.IsSuccess ? ($"Added {result.Value.Email} as {result.Value.Role}.", false) : (result.Error!.Message, true);
            TemporaryPassword = result.IsSuccess ? result.Value.TemporaryPassword : null;
        }
        catch (RequestValidationException ex)
        {
            (Message, IsError) = (string.Join(" ", ex.Errors.SelectMany(e => e.Value)), true);
        }

        return RedirectToPage();
    }
}
