using System.Security.Claims;

namespace Zeron.SharedKernel.Tenancy;

/// <summary>Answers which role the caller holds in an organization (null: none). Implemented by Accounts.</summary>
public interface IOrganizationAccess
{
    ValueTask<OrganizationRole?> GetRoleAsync(ClaimsPrincipal caller, Guid organizationId, CancellationToken cancellationToken);
}
