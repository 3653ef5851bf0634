using System.Security.Claims;

namespace Zeron.SharedKernel.Tenancy;

public static class CallerExtensions
{
    /// <summary>The signed-in user's id; null for API keys and anonymous callers.</summary>
    public static Guid? UserId(this ClaimsPrincipal caller) =>
        Guid.TryParse(caller.FindFirstValue(ZeronClaimTypes.UserId), out var id) ? id : null;

    /// <summary>The organization of an API key caller; null for users.</summary>
    public static Guid? ApiKeyOrganizationId(this ClaimsPrincipal caller) =>
        Guid.TryParse(caller.FindFirstValue(ZeronClaimTypes.ApiKeyOrganizationId), out var id) ? id : null;
}
