using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.Accounts.Domain;

namespace Zeron.Accounts.Authentication;

/// <summary>
/// The admin cookie's claims: Identity's, plus <see cref="AccountClaims.MustChangePassword"/> while the password is a
/// generated one. Identity rebuilds them at sign-in, at <c>RefreshSignInAsync</c> and at each security stamp check.
/// </summary>
internal sealed class ZeronClaimsFactory(UserManager<ZeronUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ZeronUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ZeronUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
