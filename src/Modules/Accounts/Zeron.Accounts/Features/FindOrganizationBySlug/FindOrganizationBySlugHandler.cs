using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Features.FindOrganizationBySlug;

internal sealed class FindOrganizationBySlugHandler(AccountsDbContext db) : IQueryHandler<FindOrganizationBySlugQuery, OrganizationSummaryDto?>
{
    public async ValueTask<OrganizationSummaryDto?> Handle(FindOrganizationBySlugQuery query, CancellationToken cancellationToken)
    {
        // Slugs are stored lower case; anything longer than a slug can be cannot match, so skip the round trip.
        var slug = query.Slug.Trim().ToLowerInvariant();
        if (slug.Length is 0 or > 50)
        {
            return null;
        }

        return await db.Organizations.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new OrganizationSummaryDto(o.Id, o.Name, o.Slug))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
