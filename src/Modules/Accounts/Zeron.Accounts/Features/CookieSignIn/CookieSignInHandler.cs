using Mediator;
using Microsoft.AspNetCore.Identity;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.Accounts.Domain;
using Zeron.Accounts.Features.IssueToken;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.CookieSignIn;

/// <summary>Admin UI sign-in: checks the password (throttled) and issues the Identity cookie; sign-out ends every session of the user.</summary>
internal sealed class CookieSignInHandler(PasswordCheck passwords, SignInManager<ZeronUser> signIn, UserManager<ZeronUser> users, SessionStamps stamps)
    : ICommandHandler<CookieSignInCommand, Result<Guid>>, ICommandHandler<CookieSignOutCommand>
{
    public async ValueTask<Result<Guid>> Handle(CookieSignInCommand command, CancellationToken cancellationToken)
    {
        var user = await passwords.CheckAsync(command.Email, command.Password, command.Client, cancellationToken);
        if (!user.IsSuccess)
        {
            return user.Error!;
        }

        await signIn.SignInAsync(user.Value, isPersistent: command.RememberMe);
        return user.Value.Id;
    }

    /// <summary>A new security stamp: this cookie, a copy of it saved elsewhere, other browsers and access tokens all stop working.</summary>
    public async ValueTask<Unit> Handle(CookieSignOutCommand command, CancellationToken cancellationToken)
    {
        if (command.UserId is { } id && await users.FindByIdAsync(id.ToString()) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            stamps.Forget(id);
        }

        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
