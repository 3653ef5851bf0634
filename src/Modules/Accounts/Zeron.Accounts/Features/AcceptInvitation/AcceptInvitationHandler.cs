using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.AcceptInvitation;

/// <summary>The invited user (the invitation's email is theirs) joins with the invited role; the invitation is used up.</summary>
internal sealed class AcceptInvitationHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<AcceptInvitationCommand, Result<ReceivedInvitationDto>>
{
    public async ValueTask<Result<ReceivedInvitationDto>> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitation = await InvitationViews.FindForUserAsync(db, command.UserId, command.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return InvitationViews.NotFound;
        }

        var now = clock.GetUtcNow();
        var membership = invitation.Accept(command.UserId, now);
        if (membership is null)
        {
            return InvitationViews.Closed;
        }

        db.Memberships.Add(membership);
        try
        {
            await db.SaveChangesAsync(cancellationToken); // one statement batch, one transaction: both or neither
        }
        catch (DbUpdateConcurrencyException)
        {
            return InvitationViews.Closed; // answered by a concurrent request
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Error.Conflict("member.exists", "You are already a member of this organization.");
        }

        return await InvitationViews.ForInviteeAsync(db, invitation, now, cancellationToken);
    }
}
