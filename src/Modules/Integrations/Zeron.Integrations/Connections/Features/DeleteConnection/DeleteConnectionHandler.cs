using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Contracts.Connections;
using Zeron.Integrations.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections.Features.DeleteConnection;

internal sealed class DeleteConnectionHandler(IntegrationsDbContext db) : ICommandHandler<DeleteConnectionCommand, Result<bool>>
{
    public ValueTask<Result<bool>> Handle(DeleteConnectionCommand command, CancellationToken cancellationToken) =>
        db.InTenantTransactionAsync<bool>(command.OrganizationId, async () =>
        {
            var deleted = await db.Connections
                .Where(c => c.Id == command.ConnectionId && c.OrganizationId == command.OrganizationId)
                .ExecuteDeleteAsync(cancellationToken);
            return deleted == 0 ? ConnectionErrors.NotFound : true;
        }, cancellationToken);
}
