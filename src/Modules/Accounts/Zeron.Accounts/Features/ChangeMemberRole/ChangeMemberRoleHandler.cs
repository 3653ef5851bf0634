using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ChangeMemberRole;

/// <summary>
/// Sets a member's role under the organization's row lock (<see cref="MemberChanges"/>), so of two Owners demoting
/// each other at once the second sees the first's change: it is no Owner any more (403) or would leave none (409).
/// The caller's own role is read again under the lock, not taken from the request's authorization. Sessions are not ended:
/// the role is read from the membership on every request (<c>OrganizationAccess</c>), so a lower role applies to the
/// member's very next request, cookie, access token or not.
/// </summary>
internal sealed class ChangeMemberRoleHandler(AccountsDbContext db) : ICommandHandler<ChangeMemberRoleCommand, Result<MemberDto>>
{
    public async ValueTask<Result<MemberDto>> Handle(ChangeMemberRoleCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MemberChanges.LockOrganizationAsync(db, command.OrganizationId, cancellationToken);
        if (!await db.Memberships.AnyAsync(
                m => m.OrganizationId == command.OrganizationId && m.UserId == command.ActingUserId && m.Role == OrganizationRole.Owner, cancellationToken))
        {
            return Error.Forbidden("member.owner_only", "Only an Owner can change roles.");
        }

        var member = await db.Memberships
            .Where(m => m.OrganizationId == command.OrganizationId && m.UserId == command.UserId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { Membership = m, u.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return MemberChanges.NotFound;
        }

        if (command.Role != OrganizationRole.Owner && await MemberChanges.LastOwnerAsync(db, member.Membership, "demoted", cancellationToken) is { } lastOwner)
        {
            return lastOwner;
        }

        member.Membership.Role = command.Role;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MemberChanges.View(member.Membership, member.Email!);
    }
}
