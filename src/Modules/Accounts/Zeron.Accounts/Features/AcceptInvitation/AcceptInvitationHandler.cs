using Mediator;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.AcceptInvitation;

/// <summary>
/// The invited user (the invitation's email is theirs, and they hold its link's token) joins with the invited role;
/// the invitation is used up. The token closes a squat: an email alone (an account made from another organization's
/// invitation to it) does not let anyone accept invitations sent to that email's owner.
/// </summary>
internal sealed class AcceptInvitationHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<AcceptInvitationCommand, Result<ReceivedInvitationDto>>
{
    public async ValueTask<Result<ReceivedInvitationDto>> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await InvitationViews.AnswerAsync(db, command.UserId, command.InvitationId, command.Token, now, invitation =>
        {
            var membership = invitation.Accept(command.UserId, now);
            if (membership is not null)
            {
                db.Memberships.Add(membership);
            }

            return membership is not null;
        }, cancellationToken);
    }
}
