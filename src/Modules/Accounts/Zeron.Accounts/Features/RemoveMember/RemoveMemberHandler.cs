using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.RemoveMember;

/// <summary>
/// Removes a membership and renews the user's security stamp, so their sessions and tokens stop working. The
/// organization's row is locked first: removals in one organization run one at a time, so two Owners removing each
/// other at once cannot leave it without one.
/// </summary>
internal sealed class RemoveMemberHandler(AccountsDbContext db, UserManager<ZeronUser> users) : ICommandHandler<RemoveMemberCommand, Result<MemberDto>>
{
    public async ValueTask<Result<MemberDto>> Handle(RemoveMemberCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM accounts.organizations WHERE id = {command.OrganizationId} FOR UPDATE", cancellationToken);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == command.OrganizationId && m.UserId == command.UserId, cancellationToken);
        var user = membership is null ? null : await users.FindByIdAsync(command.UserId.ToString());
        if (membership is null || user is null)
        {
            return Error.NotFound("member.not_found", "Member not found.");
        }

        if (membership.Role == OrganizationRole.Owner)
        {
            if (command.ActingRole != OrganizationRole.Owner)
            {
                return Error.Forbidden("member.owner_only", "Only an Owner can remove an Owner.");
            }

            if (!await db.Memberships.AnyAsync(m => m.OrganizationId == command.OrganizationId && m.Role == OrganizationRole.Owner && m.UserId != command.UserId, cancellationToken))
            {
                return Error.Conflict("member.last_owner", "The last Owner cannot be removed: make another member Owner first.");
            }
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        var stamped = await users.UpdateSecurityStampAsync(user); // saves in the same transaction
        if (!stamped.Succeeded)
        {
            throw new InvalidOperationException($"Renewing the security stamp of {user.Id} failed: {string.Join(" ", stamped.Errors.Select(e => e.Description))}");
        }

        await transaction.CommitAsync(cancellationToken);
        return new MemberDto(user.Id, user.Email!, membership.Role, membership.CreatedAt);
    }
}
