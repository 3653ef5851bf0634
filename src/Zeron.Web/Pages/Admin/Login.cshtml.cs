using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin;

public sealed class LoginModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var result = await sender.Send(
                new CookieSignInCommand(Email ?? "", Password ?? "", RememberMe, HttpContext.Connection.RemoteIpAddress), HttpContext.RequestAborted);
            if (result.IsSuccess)
            {
                await AdminPageModel.SelectLastOrganizationAsync(sender, HttpContext, result.Value);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
            }

            Error = result.Error!.Message;
            if (result.Error.RetryAfter is { } wait)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ApiProblems.RetryAfterSeconds(wait).ToString(CultureInfo.InvariantCulture);
            }
        }
        catch (RequestValidationException)
        {
            Error = "Enter your email and password.";
        }

        return Page();
    }
}
