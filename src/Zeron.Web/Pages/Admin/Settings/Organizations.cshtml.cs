using Mediator;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Settings;

public sealed class OrganizationsModel(ISender sender) : AdminPageModel(sender)
{
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? name)
    {
        try
        {
            var result = await Sender.Send(new CreateOrganizationCommand(UserId, name ?? "", null), HttpContext.RequestAborted);
            if (result.IsSuccess)
            {
                SelectOrganization(Response, result.Value.Id);
                return RedirectToPage("/Admin/Settings/Members");
            }

            Error = result.Error!.Message;
        }
        catch (RequestValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }

        return Page();
    }
}
