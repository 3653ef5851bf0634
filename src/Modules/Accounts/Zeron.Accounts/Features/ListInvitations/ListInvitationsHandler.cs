using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Features.ListInvitations;

internal sealed class ListInvitationsHandler(AccountsDbContext db, TimeProvider clock) : IQueryHandler<ListInvitationsQuery, IReadOnlyList<InvitationDto>>
{
    public async ValueTask<IReadOnlyList<InvitationDto>> Handle(ListInvitationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Invitations.AsNoTracking()
            .Where(i => i.OrganizationId == query.OrganizationId && i.Status == InvitationStatus.Pending)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        return open.Select(i => InvitationViews.ForAdmins(i, now)).ToList();
    }
}
