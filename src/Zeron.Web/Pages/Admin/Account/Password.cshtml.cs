using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Messaging;

namespace Zeron.Web.Pages.Admin.Account;

/// <summary>
/// The signed-in user changes their password (the API's <c>POST /api/v1/auth/password</c>): every other session and
/// access token ends, this browser is signed in again with the new stamp. A user whose password was generated is sent
/// here by <see cref="AdminPageModel"/> until they have chosen one.
/// </summary>
public sealed class PasswordModel(ISender sender) : AdminPageModel(sender)
{
    public const string Path = "/admin/account/password";

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [TempData]
    public bool Changed { get; set; }

    public string? Error { get; private set; }

    /// <summary>Errors by field, named as the API names them (<c>currentPassword</c>, <c>newPassword</c>) plus <c>confirmPassword</c>.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(CurrentPassword) || string.IsNullOrEmpty(NewPassword) || NewPassword != ConfirmPassword)
        {
            Errors = FormErrors();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var result = await Sender.Send(
                new ChangePasswordCommand(UserId, CurrentPassword, NewPassword, HttpContext.Connection.RemoteIpAddress, KeepThisSession: true),
                HttpContext.RequestAborted);
            if (result.IsSuccess)
            {
                Changed = true;
                return RedirectToPage();
            }

            Error = result.Error!.Message;
            if (result.Error.RetryAfter is { } wait)
            {
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ApiProblems.RetryAfterSeconds(wait).ToString(CultureInfo.InvariantCulture);
            }
        }
        catch (RequestValidationException ex)
        {
            Errors = ex.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private Dictionary<string, string[]> FormErrors()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(CurrentPassword))
        {
            errors["currentPassword"] = ["Enter your current password."];
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            errors["newPassword"] = ["Enter a new password."];
        }
        else if (NewPassword != ConfirmPassword)
        {
            errors["confirmPassword"] = ["The two new passwords differ."];
        }

        return errors;
    }
}
