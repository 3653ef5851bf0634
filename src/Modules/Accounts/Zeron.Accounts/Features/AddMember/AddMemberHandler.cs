using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.AddMember;

/// <summary>
/// Adding a member by email always issues an invitation (ADR 18): the same queries, the same row and the same answer
/// whether or not the email has an account, so the answer reveals nothing and nobody joins without accepting. No
/// user is created and no password hashed here. An email that is a member already is 409 (admins can list members);
/// a pending invitation to the same email is replaced by the new one. Only an Owner may invite an Owner.
/// </summary>
internal sealed class AddMemberHandler(AccountsDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
    : ICommandHandler<AddMemberCommand, Result<InvitationDto>>
{
    public async ValueTask<Result<InvitationDto>> Handle(AddMemberCommand command, CancellationToken cancellationToken)
    {
        if (command.Role == OrganizationRole.Owner && command.ActingRole != OrganizationRole.Owner)
        {
            return Error.Forbidden("member.owner_only", "Only an Owner can add another Owner.");
        }

        var email = command.Email.Trim();
        var normalized = normalizer.NormalizeEmail(email);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var isMember = await db.Memberships.AnyAsync(
            m => m.OrganizationId == command.OrganizationId && db.Users.Any(u => u.Id == m.UserId && u.NormalizedEmail == normalized), cancellationToken);
        if (isMember)
        {
            return Error.Conflict("member.exists", "That user is already a member of this organization.");
        }

        var now = clock.GetUtcNow();
        var replaced = await db.Invitations
            .Where(i => i.OrganizationId == command.OrganizationId && i.NormalizedEmail == normalized && i.Status == InvitationStatus.Pending)
            .ToListAsync(cancellationToken);
        replaced.ForEach(i => i.Revoke(now));
        var (invitation, token) = Invitation.Issue(command.OrganizationId, email, normalized, command.Role, command.InvitedByUserId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken); // the replaced one first: the open-invitation index allows one
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation() || ex is DbUpdateConcurrencyException)
        {
            return Error.Conflict("invitation.concurrent", "That email was invited by another request at the same moment.");
        }

        await transaction.CommitAsync(cancellationToken);
        return InvitationViews.ForAdmins(invitation, now, InvitationViews.AcceptUrl(command.LinkOrigin, token));
    }
}
