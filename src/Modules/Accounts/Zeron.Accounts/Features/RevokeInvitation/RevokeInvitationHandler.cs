using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.RevokeInvitation;

internal sealed class RevokeInvitationHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<RevokeInvitationCommand, Result<InvitationDto>>
{
    public async ValueTask<Result<InvitationDto>> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(
            i => i.Id == command.InvitationId && i.OrganizationId == command.OrganizationId, cancellationToken);
        if (invitation is null)
        {
            return Error.NotFound("invitation.not_found", "Invitation not found.");
        }

        var now = clock.GetUtcNow();
        if (!invitation.Revoke(now))
        {
            return Error.Conflict("invitation.accepted", "That invitation was accepted; remove the member instead.");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("invitation.answered", "That invitation was answered at the same moment.");
        }

        return InvitationViews.ForAdmins(invitation, now);
    }
}
