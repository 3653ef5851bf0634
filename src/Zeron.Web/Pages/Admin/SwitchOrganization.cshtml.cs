using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Zeron.Web.Pages.Admin;

public sealed class SwitchOrganizationModel(ISender sender) : AdminPageModel(sender)
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync(Guid organizationId, string? returnUrl)
    {
        // Only an organization the user belongs to can become current; it is the one the next sign-in opens.
        if (Shell.Organizations.Any(o => o.Id == organizationId))
        {
            await SelectOrganizationAsync(Sender, HttpContext, UserId, organizationId);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin");
    }
}
