using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Data;

namespace Zeron.Integrations.Connections;

internal static class ConnectionQueries
{
    /// <summary>Whether another connection of the organization (not <paramref name="except"/>) has <paramref name="name"/>, ignoring case, as the unique index does.</summary>
    public static Task<bool> NameTakenAsync(this IntegrationsDbContext db, Guid organizationId, string name, Guid? except, CancellationToken cancellationToken)
    {
        var lowered = name.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), as the unique index on lower(name) compares
        return db.Connections.AnyAsync(c => c.OrganizationId == organizationId && c.Name.ToLower() == lowered && c.Id != except, cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
    }

    public static Task<Domain.Connection?> FindConnectionAsync(this IntegrationsDbContext db, Guid organizationId, Guid id, CancellationToken cancellationToken) =>
        db.Connections.SingleOrDefaultAsync(c => c.Id == id && c.OrganizationId == organizationId, cancellationToken);
}
