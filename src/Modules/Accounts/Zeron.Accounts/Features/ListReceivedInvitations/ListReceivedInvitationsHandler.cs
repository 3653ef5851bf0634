using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Features.ListReceivedInvitations;

internal sealed class ListReceivedInvitationsHandler(AccountsDbContext db, TimeProvider clock)
    : IQueryHandler<ListReceivedInvitationsQuery, IReadOnlyList<ReceivedInvitationDto>>
{
    public async ValueTask<IReadOnlyList<ReceivedInvitationDto>> Handle(ListReceivedInvitationsQuery query, CancellationToken cancellationToken)
    {
        var email = await InvitationViews.NormalizedEmailOfAsync(db, query.UserId, cancellationToken);
        var now = clock.GetUtcNow();
        return await db.Invitations.AsNoTracking()
            .Where(i => email != null && i.NormalizedEmail == email && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .Join(db.Organizations, i => i.OrganizationId, o => o.Id, (i, o) => new { Invitation = i, o.Name })
            .OrderByDescending(x => x.Invitation.CreatedAt)
            .Select(x => new ReceivedInvitationDto(
                x.Invitation.Id, x.Invitation.OrganizationId, x.Name, x.Invitation.Role, InvitationStatus.Pending, x.Invitation.ExpiresAt, x.Invitation.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
