using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.DeclineInvitation;

internal sealed class DeclineInvitationHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<DeclineInvitationCommand, Result<ReceivedInvitationDto>>
{
    public async ValueTask<Result<ReceivedInvitationDto>> Handle(DeclineInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitation = await InvitationViews.FindForUserAsync(db, command.UserId, command.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return InvitationViews.NotFound;
        }

        var now = clock.GetUtcNow();
        if (!invitation.Decline(now))
        {
            return InvitationViews.Closed;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InvitationViews.Closed;
        }

        return await InvitationViews.ForInviteeAsync(db, invitation, now, cancellationToken);
    }
}
