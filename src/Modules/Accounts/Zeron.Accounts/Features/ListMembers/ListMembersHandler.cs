using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Members;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Features.ListMembers;

internal sealed class ListMembersHandler(AccountsDbContext db) : IQueryHandler<ListMembersQuery, IReadOnlyList<MemberDto>>
{
    public async ValueTask<IReadOnlyList<MemberDto>> Handle(ListMembersQuery query, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == query.OrganizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { Membership = m, u.Email })
            .OrderBy(x => x.Email)
            .Select(x => new MemberDto(x.Membership.UserId, x.Email!, x.Membership.Role, x.Membership.CreatedAt))
            .ToListAsync(cancellationToken);
}
