using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// Base of every signed-in admin page: loads the user's organizations and picks the current one from the
/// <c>zeron_org</c> cookie (only ever one the user is a member of), so pages never act on another tenant.
/// </summary>
public abstract class AdminPageModel(ISender sender) : PageModel
{
    public const string OrganizationCookie = "zeron_org";

    protected ISender Sender { get; } = sender;

    public AdminShell Shell { get; private set; } = null!;

    public OrganizationDto? CurrentOrganization => Shell.Current;

    public Guid UserId => User.UserId()!.Value;

    public bool CanManage => CurrentOrganization?.Role >= OrganizationRole.Admin;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var organizations = await Sender.Send(new ListOrganizationsQuery(UserId, null), HttpContext.RequestAborted);
        var wanted = Guid.TryParse(Request.Cookies[OrganizationCookie], out var id) ? id : (Guid?)null;
        var current = organizations.FirstOrDefault(o => o.Id == wanted) ?? (organizations.Count > 0 ? organizations[0] : null);
        Shell = new AdminShell(User.Identity?.Name ?? "", User.IsInRole(ZeronClaimTypes.SystemAdminRole), organizations, current);
        ViewData["Shell"] = Shell;
        await next();
    }

    /// <summary>Makes <paramref name="organizationId"/> the organization the admin pages work in (a membership is still checked on every page).</summary>
    public static void SelectOrganization(HttpResponse response, Guid organizationId) =>
        response.Cookies.Append(OrganizationCookie, organizationId.ToString(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });

    protected IActionResult NoOrganization() => RedirectToPage("/Admin/Settings/Organizations");

    /// <summary>
    /// Why the caller may not go on, or null: no organization yet (→ create one), or, when
    /// <paramref name="mustManage"/>, not an Admin or Owner of it (→ access denied).
    /// </summary>
    protected IActionResult? Refusal(bool mustManage = true) =>
        CurrentOrganization is null ? NoOrganization() : mustManage && !CanManage ? Forbid() : null;
}
