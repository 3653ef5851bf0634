using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Authentication;

/// <summary>
/// The tenancy decision: a user's role comes from their membership; an API key acts as Admin of its own
/// organization and of no other.
/// </summary>
internal sealed class OrganizationAccess(AccountsDbContext db) : IOrganizationAccess
{
    public async ValueTask<OrganizationRole?> GetRoleAsync(ClaimsPrincipal caller, Guid organizationId, CancellationToken cancellationToken)
    {
        if (caller.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var keyOrganization = caller.FindFirstValue(ZeronClaimTypes.ApiKeyOrganizationId);
        if (keyOrganization is not null)
        {
            return Guid.TryParse(keyOrganization, out var id) && id == organizationId ? ApiKey.Role : null;
        }

        if (!Guid.TryParse(caller.FindFirstValue(ZeronClaimTypes.UserId), out var userId))
        {
            return null;
        }

        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && m.UserId == userId)
            .Select(m => (OrganizationRole?)m.Role)
            .SingleOrDefaultAsync(cancellationToken);
        return membership;
    }
}
