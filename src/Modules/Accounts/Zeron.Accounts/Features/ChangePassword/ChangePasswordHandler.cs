using Mediator;
using Microsoft.AspNetCore.Identity;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.Accounts.Domain;
using Zeron.Accounts.Features.IssueToken;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.ChangePassword;

/// <summary>
/// Identity's <c>ChangePasswordAsync</c> checks the current password, applies the password policy and rotates the
/// security stamp, which ends every session (ADR 17). A wrong current password counts as a failed sign-in. The admin
/// UI keeps its own session (<see cref="ChangePasswordCommand.KeepThisSession"/>: the cookie is issued again with the
/// new stamp); a generated password no longer has to be changed once it has been.
/// </summary>
internal sealed class ChangePasswordHandler(UserManager<ZeronUser> users, SignInManager<ZeronUser> signIn, SignInThrottle throttle, SessionStamps stamps)
    : ICommandHandler<ChangePasswordCommand, Result<Unit>>
{
    public static readonly Error NoPassword = Error.Forbidden("auth.no_password", "Only a signed-in user has a password to change; an API key has none.");

    public async ValueTask<Result<Unit>> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        if (command.UserId is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NoPassword;
        }

        var account = user.NormalizedEmail ?? "";
        if (await throttle.ReserveAsync(account, command.Client, cancellationToken) is { } wait)
        {
            return PasswordCheck.TooManyAttempts(wait);
        }

        var mustChange = user.MustChangePassword;
        user.MustChangePassword = false; // saved with the new password, or not at all
        var changed = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (changed.Succeeded)
        {
            stamps.Forget(id);
            await throttle.RecordSuccessAsync(account, command.Client, cancellationToken);
            if (command.KeepThisSession)
            {
                await signIn.RefreshSignInAsync(user);
            }

            return Unit.Value;
        }

        user.MustChangePassword = mustChange;

        if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is wrong."] });
        }

        await throttle.RecordSuccessAsync(account, command.Client, cancellationToken); // the current password was right
        throw new RequestValidationException(new Dictionary<string, string[]> { ["newPassword"] = changed.Errors.Select(e => e.Description).ToArray() });
    }
}
