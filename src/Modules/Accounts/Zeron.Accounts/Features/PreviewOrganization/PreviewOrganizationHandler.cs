using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Accounts.Data;
using Zeron.Accounts.Features.CreateOrganization;

namespace Zeron.Accounts.Features.PreviewOrganization;

/// <summary>What CreateOrganization would do with the name, for the admin UI's warning before it does.</summary>
internal sealed class PreviewOrganizationHandler(AccountsDbContext db) : IQueryHandler<PreviewOrganizationQuery, OrganizationPreviewDto>
{
    public async ValueTask<OrganizationPreviewDto> Handle(PreviewOrganizationQuery query, CancellationToken cancellationToken)
    {
        var name = query.Name.Trim();
        var names = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == query.UserId)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => o.Name)
            .ToListAsync(cancellationToken); // a user's few organizations
        var nameInUse = names.Contains(name, StringComparer.OrdinalIgnoreCase);
        var baseSlug = Slugs.FromName(name);
        if (baseSlug.Length < 2)
        {
            return new OrganizationPreviewDto(null, false, nameInUse);
        }

        var slug = await Slugs.FreeAsync(db, baseSlug, cancellationToken);
        return new OrganizationPreviewDto(slug, slug != baseSlug, nameInUse);
    }
}
