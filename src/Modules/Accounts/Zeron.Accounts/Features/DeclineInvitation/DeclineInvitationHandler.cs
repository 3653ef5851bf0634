using Mediator;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.DeclineInvitation;

/// <summary>The invited user declines; the invitation's link stops working and nothing else changes. No token needed: declining harms only the decliner.</summary>
internal sealed class DeclineInvitationHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<DeclineInvitationCommand, Result<ReceivedInvitationDto>>
{
    public async ValueTask<Result<ReceivedInvitationDto>> Handle(DeclineInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await InvitationViews.AnswerAsync(db, command.UserId, command.InvitationId, token: null, now, invitation => invitation.Decline(now), cancellationToken);
    }
}
