using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Connections;
using Zeron.Integrations.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Connections.Features.ListConnections;

internal sealed class ListConnectionsHandler(IntegrationsDbContext db) : IQueryHandler<ListConnectionsQuery, ConnectionListDto>
{
    public ValueTask<ConnectionListDto> Handle(ListConnectionsQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync(query.OrganizationId, async () =>
        {
            var connections = await db.Connections.AsNoTracking()
                .Where(c => c.OrganizationId == query.OrganizationId)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                .ToListAsync(cancellationToken);
            return new ConnectionListDto([.. connections.Select(c => c.ToDto())]);
        }, cancellationToken);
}
