using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.RemoveMember;

/// <summary>
/// Removes a membership and renews the user's security stamp, so their sessions and tokens stop working. The
/// organization's row is locked first (<see cref="MemberChanges"/>) and the caller's role read under it: the last Owner
/// stays, and an Owner demoted a moment ago cannot still remove an Owner.
/// </summary>
internal sealed class RemoveMemberHandler(AccountsDbContext db, UserManager<ZeronUser> users, SessionStamps stamps)
    : ICommandHandler<RemoveMemberCommand, Result<MemberDto>>
{
    public async ValueTask<Result<MemberDto>> Handle(RemoveMemberCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MemberChanges.LockOrganizationAsync(db, command.OrganizationId, cancellationToken);

        // The caller's role as it is now, under the lock: not the request's authorization, which a concurrent demotion may have outdated.
        var actingRole = await db.Memberships
            .Where(m => m.OrganizationId == command.OrganizationId && m.UserId == command.ActingUserId)
            .Select(m => (OrganizationRole?)m.Role)
            .SingleOrDefaultAsync(cancellationToken);
        if (actingRole is not (OrganizationRole.Admin or OrganizationRole.Owner))
        {
            return Error.Forbidden("member.admin_only", "Only an Admin or Owner can remove members.");
        }

        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == command.OrganizationId && m.UserId == command.UserId, cancellationToken);
        var user = membership is null ? null : await users.FindByIdAsync(command.UserId.ToString());
        if (membership is null || user is null)
        {
            return MemberChanges.NotFound;
        }

        if (membership.Role == OrganizationRole.Owner && actingRole != OrganizationRole.Owner)
        {
            return Error.Forbidden("member.owner_only", "Only an Owner can remove an Owner.");
        }

        if (await MemberChanges.LastOwnerAsync(db, membership, "removed", cancellationToken) is { } lastOwner)
        {
            return lastOwner;
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        var stamped = await users.UpdateSecurityStampAsync(user); // saves in the same transaction
        if (!stamped.Succeeded)
        {
            throw new InvalidOperationException($"Renewing the security stamp of {user.Id} failed: {string.Join(" ", stamped.Errors.Select(e => e.Description))}");
        }

        await transaction.CommitAsync(cancellationToken);
        stamps.Forget(user.Id);
        return MemberChanges.View(membership, user.Email!);
    }
}
