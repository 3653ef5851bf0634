using Mediator;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.DeclineInvitation;

/// <summary>The invited user declines with the link's token; the invitation's link stops working and nothing else changes.</summary>
internal sealed class DeclineInvitationHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<DeclineInvitationCommand, Result<ReceivedInvitationDto>>
{
    public async ValueTask<Result<ReceivedInvitationDto>> Handle(DeclineInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await InvitationViews.AnswerAsync(db, command.UserId, command.InvitationId, command.Token, now, invitation => invitation.Decline(now), cancellationToken);
    }
}
