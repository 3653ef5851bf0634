using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Features.LastOrganization;

internal sealed class LastOrganizationHandler(AccountsDbContext db) : IQueryHandler<LastOrganizationQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(LastOrganizationQuery query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == query.UserId && u.LastOrganizationId != null
                && db.Memberships.Any(m => m.UserId == query.UserId && m.OrganizationId == u.LastOrganizationId))
            .Select(u => u.LastOrganizationId)
            .SingleOrDefaultAsync(cancellationToken);
}
