using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin.Settings;

public sealed class MembersModel(ISender sender) : AdminPageModel(sender)
{
    public IReadOnlyList<MemberDto> Members { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (CurrentOrganization is null)
        {
            return NoOrganization();
        }

        await LoadAsync();
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
            (Message, IsError) = result.IsSuccess
                ? (result.Value.TemporaryPassword is { } password
                    ? $"Added {result.Value.Email}. One-time password (copy it now): {password}"
                    : $"Added {result.Value.Email}.", false)
                : (result.Error!.Message, true);
        }
        catch (RequestValidationException ex)
        {
            (Message, IsError) = (string.Join(" ", ex.Errors.SelectMany(e => e.Value)), true);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Members = await Sender.Send(new ListMembersQuery(CurrentOrganization!.Id), HttpContext.RequestAborted);
}
