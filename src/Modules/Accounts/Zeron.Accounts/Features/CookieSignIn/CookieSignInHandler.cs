using Mediator;
using Microsoft.AspNetCore.Identity;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.Accounts.Domain;
using Zeron.Accounts.Features.IssueToken;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.CookieSignIn;

/// <summary>Admin UI sign-in: checks the password (with lockout) and issues the Identity cookie.</summary>
internal sealed class CookieSignInHandler(PasswordCheck passwords, SignInManager<ZeronUser> signIn)
    : ICommandHandler<CookieSignInCommand, Result<Guid>>, ICommandHandler<CookieSignOutCommand>
{
    public async ValueTask<Result<Guid>> Handle(CookieSignInCommand command, CancellationToken cancellationToken)
    {
        var user = await passwords.CheckAsync(command.Email, command.Password);
        if (!user.IsSuccess)
        {
            return user.Error!;
        }

        await signIn.SignInAsync(user.Value, isPersistent: command.RememberMe);
        return user.Value.Id;
    }

    public async ValueTask<Unit> Handle(CookieSignOutCommand command, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
