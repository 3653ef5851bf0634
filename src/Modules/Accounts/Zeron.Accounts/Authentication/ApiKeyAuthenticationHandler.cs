using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Authentication;

/// <summary>Authenticates <c>Authorization: Bearer zk_…</c>: a live (not revoked) key becomes a principal of its organization.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountsDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Last-used time is written at most this often per key, so reads do not turn into a write each.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = BearerToken.From(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var prefix = ApiKeySecrets.PrefixOf(key);
        if (prefix is null)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var apiKey = await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (apiKey is null || apiKey.RevokedAt is not null || !ApiKeySecrets.Matches(key, apiKey.SecretHash))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var now = clock.GetUtcNow();
        if (apiKey.LastUsedAt is null || now - apiKey.LastUsedAt > LastUsedResolution)
        {
            await db.ApiKeys.Where(k => k.Id == apiKey.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ZeronClaimTypes.ApiKeyId, apiKey.Id.ToString()),
                new Claim(ZeronClaimTypes.ApiKeyOrganizationId, apiKey.OrganizationId.ToString()),
                new Claim(ClaimTypes.Name, apiKey.Name),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiChallenge.WriteAsync(Context, "A valid API key or access token is required.");
}
