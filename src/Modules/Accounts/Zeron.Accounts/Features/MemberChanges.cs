using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features;

/// <summary>
/// What RemoveMember and ChangeMemberRole share: the organization's row is locked first, so changes to its members
/// run one at a time and two Owners removing or demoting each other at once cannot leave it without an Owner.
/// </summary>
internal static class MemberChanges
{
    public static Error NotFound => Error.NotFound("member.not_found", "Member not found.");

    /// <summary>Locks the organization's row until the current transaction ends (READ COMMITTED: what follows sees every change committed before).</summary>
    public static Task LockOrganizationAsync(AccountsDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM accounts.organizations WHERE id = {organizationId} FOR UPDATE", cancellationToken);

    /// <summary>The conflict when <paramref name="membership"/> is the organization's only Owner (it can be neither removed nor demoted), else null.</summary>
    public static async Task<Error?> LastOwnerAsync(AccountsDbContext db, Membership membership, string change, CancellationToken cancellationToken) =>
        membership.Role == OrganizationRole.Owner && !await db.Memberships.AnyAsync(
            m => m.OrganizationId == membership.OrganizationId && m.Role == OrganizationRole.Owner && m.UserId != membership.UserId, cancellationToken)
            ? Error.Conflict("member.last_owner", $"The last Owner cannot be {change}: make another member Owner first.")
            : null;

    public static MemberDto View(Membership membership, string email) => new(membership.UserId, email, membership.Role, membership.CreatedAt);
}
