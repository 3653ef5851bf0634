using Microsoft.AspNetCore.Identity;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.IssueToken;

/// <summary>
/// Email + password check shared by the token endpoint and the admin sign-in: failures count towards lockout and
/// every failure reads the same, so callers cannot tell unknown emails from wrong passwords.
/// </summary>
internal sealed class PasswordCheck(UserManager<ZeronUser> users, SignInManager<ZeronUser> signIn)
{
    public static readonly Error InvalidCredentials =
        Error.Unauthorized("auth.invalid_credentials", "Invalid email or password, or the account is locked.");

    public async Task<Result<ZeronUser>> CheckAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return InvalidCredentials;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? user : InvalidCredentials;
    }
}
