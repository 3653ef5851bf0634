using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Web.Pages.Admin;

/// <summary>
/// The page an invitation link opens (anyone holding the link may see it): a person with an account signs in as the
/// invited email and accepts or declines; a new person chooses a password and gets the account and the membership in
/// one step. Unknown links are 404, used, revoked or expired ones 410.
/// </summary>
[AllowAnonymous]
public sealed class InvitationModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public InvitationLinkDto? Invitation { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAcceptAsync() =>
        await AnswerAsync(id => new AcceptInvitationCommand(User.UserId()!.Value, id, Token));

    public async Task<IActionResult> OnPostDeclineAsync() =>
        await AnswerAsync(id => new DeclineInvitationCommand(User.UserId()!.Value, id, Token));

    public async Task<IActionResult> OnPostCreateAccountAsync()
    {
        if (Password != ConfirmPassword)
        {
            Error = "The two passwords differ.";
            return await ShowAsync();
        }

        try
        {
            var result = await sender.Send(new CreateAccountFromInvitationCommand(Token, Password ?? ""), HttpContext.RequestAborted);
            if (result.IsSuccess)
            {
                return LocalRedirect("/admin/login?ReturnUrl=%2Fadmin");
            }

            Error = result.Error!.Message;
        }
        catch (RequestValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }

        return await ShowAsync();
    }

    private async Task<IActionResult> AnswerAsync(Func<Guid, ICommand<Result<ReceivedInvitationDto>>> answer)
    {
        if (User.UserId() is null)
        {
            return Challenge();
        }

        var invitation = await FindAsync();
        if (invitation is null || !invitation.IsForCaller)
        {
            return await ShowAsync();
        }

        var result = await sender.Send(answer(invitation.Id), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            if (result.Value.Status == InvitationStatus.Accepted)
            {
                await AdminPageModel.SelectOrganizationAsync(sender, HttpContext, User.UserId()!.Value, result.Value.OrganizationId);
            }

            return LocalRedirect("/admin");
        }

        Error = result.Error!.Message;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Invitation = await FindAsync();
        Response.StatusCode = Invitation is null ? StatusCodes.Status404NotFound
            : Invitation.Status != InvitationStatus.Pending ? StatusCodes.Status410Gone
            : StatusCodes.Status200OK;
        return Page();
    }

    private async Task<InvitationLinkDto?> FindAsync() =>
        Token.Length is > 0 and <= 100 && !Token.Contains('\0', StringComparison.Ordinal)
            ? await sender.Send(new FindInvitationByTokenQuery(Token, User.UserId()), HttpContext.RequestAborted)
            : null;
}
