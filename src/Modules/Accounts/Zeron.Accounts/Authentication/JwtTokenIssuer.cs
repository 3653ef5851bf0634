using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Zeron.Accounts.Contracts.SignIn;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Authentication;

/// <summary>Issues the short-lived HMAC-SHA256 access tokens accepted by the REST API, tied to the user's security stamp.</summary>
internal sealed class JwtTokenIssuer(IOptions<AuthOptions> options, TimeProvider clock)
{
    public const string SchemeName = "Jwt";

    public static SymmetricSecurityKey SigningKey(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.JwtSigningKey));

    public AccessTokenDto Issue(ZeronUser user)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var lifetime = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        var token = new JwtSecurityToken(
            issuer: settings.Issuer,
            audience: settings.Audience,
            claims:
            [
                new Claim(ZeronClaimTypes.UserId, user.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, user.Email ?? ""),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
                new Claim(SessionStamps.ClaimType, SessionStamps.Fingerprint(user.SecurityStamp)),
            ],
            notBefore: now.UtcDateTime,
            expires: (now + lifetime).UtcDateTime,
            signingCredentials: new SigningCredentials(SigningKey(settings), SecurityAlgorithms.HmacSha256));
        return new AccessTokenDto(new JwtSecurityTokenHandler().WriteToken(token), "Bearer", (int)lifetime.TotalSeconds);
    }
}
