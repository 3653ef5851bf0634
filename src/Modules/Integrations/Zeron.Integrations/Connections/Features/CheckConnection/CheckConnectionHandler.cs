using Mediator;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;
using Zeron.Integrations.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections.Features.CheckConnection;

/// <summary>Reads the connection in the tenant's transaction, then calls the provider outside it (no transaction waits on the network).</summary>
internal sealed class CheckConnectionHandler(IntegrationsDbContext db, ConnectionSecrets secrets, ConnectionProbe probe)
    : ICommandHandler<CheckConnectionCommand, Result<ConnectionCheckDto>>
{
    public async ValueTask<Result<ConnectionCheckDto>> Handle(CheckConnectionCommand command, CancellationToken cancellationToken)
    {
        var found = await db.InTenantTransactionAsync<Domain.Connection>(command.OrganizationId, async () =>
            await db.FindConnectionAsync(command.OrganizationId, command.ConnectionId, cancellationToken) is { } connection
                ? connection
                : ConnectionErrors.NotFound, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var c = found.Value;
        var steps = await probe.RunAsync(ConnectionKinds.Of(c), new Uri(c.BaseUrl), secrets.TryUnprotect(c.ProtectedSecret), c.Email, c.Model, cancellationToken);
        return new ConnectionCheckDto(steps.All(s => s.Ok), [.. steps.Select(s => new ConnectionCheckStepDto(s.Name, s.Ok, s.Detail))]);
    }
}
