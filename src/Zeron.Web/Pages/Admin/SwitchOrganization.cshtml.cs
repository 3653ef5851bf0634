using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Zeron.Web.Pages.Admin;

public sealed class SwitchOrganizationModel(ISender sender) : AdminPageModel(sender)
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public IActionResult OnPost(Guid organizationId, string? returnUrl)
    {
        // Only an organization the user belongs to can become current.
        if (Shell.Organizations.Any(o => o.Id == organizationId))
        {
            SelectOrganization(Response, organizationId);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin");
    }
}
