using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Accounts.Contracts.SignIn;
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
            var result = await sender.Send(new CookieSignInCommand(Email ?? "", Password ?? "", RememberMe), HttpContext.RequestAborted);
            if (result.IsSuccess)
            {
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
            }

            Error = result.Error!.Message;
        }
        catch (RequestValidationException)
        {
            Error = "Enter your email and password.";
        }

        return Page();
    }
}
