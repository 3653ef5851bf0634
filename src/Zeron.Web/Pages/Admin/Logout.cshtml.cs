using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// POST only (with the antiforgery token), so a link on another site cannot sign anyone out. Ends every session of the
/// user (a new security stamp), not only this browser's.
/// </summary>
public sealed class LogoutModel(ISender sender) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await sender.Send(new CookieSignOutCommand(User.UserId()), HttpContext.RequestAborted);
        Response.Cookies.Delete(AdminPageModel.OrganizationCookie);
        return RedirectToPage("/Admin/Login");
    }
}
