using Mediator;
using Zeron.Integrations.Contracts.Connections;
using Zeron.Integrations.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections.Features.GetConnection;

internal sealed class GetConnectionHandler(IntegrationsDbContext db) : IQueryHandler<GetConnectionQuery, Result<ConnectionDto>>
{
    public ValueTask<Result<ConnectionDto>> Handle(GetConnectionQuery query, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<ConnectionDto>(query.OrganizationId, async () =>
            await db.FindConnectionAsync(query.OrganizationId, query.ConnectionId, cancellationToken) is { } connection
                ? connection.ToDto()
                : ConnectionErrors.NotFound, cancellationToken);
}
