using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// Base of every signed-in admin page: loads the user's organizations and picks the current one from the
/// <c>zeron_org</c> cookie (only ever one the user is a member of), so pages never act on another tenant. While the
/// user's password is a generated one, every page but the change-password page sends them there.
/// </summary>
public abstract class AdminPageModel(ISender sender) : PageModel
{
    public const string OrganizationCookie = "zeron_org";

    protected ISender Sender { get; } = sender;

    public AdminShell Shell { get; private set; } = null!;

    public OrganizationDto? CurrentOrganization => Shell.Current;

    public Guid UserId => User.UserId()!.Value;

    public bool CanManage => CurrentOrganization?.Role >= OrganizationRole.Admin;

    /// <summary>The password was generated (the first administrator's): it must be changed before anything else.</summary>
    public bool MustChangePassword => User.HasClaim(AccountClaims.MustChangePassword, "true");

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (MustChangePassword && this is not Account.PasswordModel)
        {
            context.Result = LocalRedirect(Account.PasswordModel.Path);
            return;
        }

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

    /// <summary><see cref="SelectOrganization(HttpResponse, Guid)"/>, and remembered as the user's for their next sign-in.</summary>
    public static async Task SelectOrganizationAsync(ISender sender, HttpContext http, Guid userId, Guid organizationId)
    {
        SelectOrganization(http.Response, organizationId);
        await sender.Send(new RememberOrganizationCommand(userId, organizationId), http.RequestAborted);
    }

    /// <summary>At sign-in: the organization the user worked in last, or (none, or no longer theirs) the first one, as the pages pick it.</summary>
    public static async Task SelectLastOrganizationAsync(ISender sender, HttpContext http, Guid userId)
    {
        if (await sender.Send(new LastOrganizationQuery(userId), http.RequestAborted) is { } last)
        {
            SelectOrganization(http.Response, last);
        }
        else
        {
            http.Response.Cookies.Delete(OrganizationCookie);
        }
    }

    protected IActionResult NoOrganization() => RedirectToPage("/Admin/Settings/Organizations");

    /// <summary>
    /// Why the caller may not go on, or null: no organization yet (→ create one), or, when
    /// <paramref name="mustManage"/>, not an Admin or Owner of it (→ access denied).
    /// </summary>
    protected IActionResult? Refusal(bool mustManage = true) =>
        CurrentOrganization is null ? NoOrganization() : mustManage && !CanManage ? Forbid() : null;
}
