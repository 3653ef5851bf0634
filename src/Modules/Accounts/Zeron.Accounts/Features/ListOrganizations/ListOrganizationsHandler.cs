using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ListOrganizations;

internal sealed class ListOrganizationsHandler(AccountsDbContext db) : IQueryHandler<ListOrganizationsQuery, IReadOnlyList<OrganizationDto>>
{
    public async ValueTask<IReadOnlyList<OrganizationDto>> Handle(ListOrganizationsQuery query, CancellationToken cancellationToken)
    {
        if (query.ApiKeyOrganizationId is { } keyOrganization)
        {
            return await db.Organizations.AsNoTracking().Where(o => o.Id == keyOrganization)
                .Select(o => new OrganizationDto(o.Id, o.Name, o.Slug, OrganizationRole.Admin, o.CreatedAt))
                .ToListAsync(cancellationToken);
        }

        return await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == query.UserId)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new { m.Role, Organization = o })
            .OrderBy(x => x.Organization.Name)
            .Select(x => new OrganizationDto(x.Organization.Id, x.Organization.Name, x.Organization.Slug, x.Role, x.Organization.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
