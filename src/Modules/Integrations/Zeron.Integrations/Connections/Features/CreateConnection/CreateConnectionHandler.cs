using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Connections.Domain;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;
using Zeron.Integrations.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections.Features.CreateConnection;

/// <summary>Saves a connection with its secret encrypted; the answer never carries the secret.</summary>
internal sealed class CreateConnectionHandler(IntegrationsDbContext db, ConnectionSecrets secrets, TimeProvider clock)
    : ICommandHandler<CreateConnectionCommand, Result<ConnectionDto>>
{
    public async ValueTask<Result<ConnectionDto>> Handle(CreateConnectionCommand command, CancellationToken cancellationToken)
    {
        var kind = ConnectionKinds.Find(command.Kind)!;
        var name = command.Name.Trim();
        try
        {
            return await db.InTenantTransactionAsync<ConnectionDto>(command.OrganizationId, async () =>
            {
                if (await db.NameTakenAsync(command.OrganizationId, name, except: null, cancellationToken))
                {
                    return ConnectionErrors.NameTaken(name);
                }

                var connection = Connection.Create(command.OrganizationId, kind.Name, name,
                    ConnectionMapping.BaseUrlOrDefault(kind.UrlFrom(command.BaseUrl, command.ApiUrl), kind), ConnectionMapping.ModelOrDefault(command.Model),
                    secrets.Protect(kind.SecretFrom(command.ApiKey, command.ApiToken, command.Token)!), clock.GetUtcNow(),
                    kind.NeedsEmail ? ConnectionMapping.EmailOrNull(command.Email) : null);
                db.Connections.Add(connection);
                return connection.ToDto();
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return ConnectionErrors.NameTaken(name); // the same name saved by another request at the same moment
        }
    }
}
