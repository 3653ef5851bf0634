using Mediator;
using Microsoft.EntityFrameworkCore;
using Zeron.Integrations.Connections.Domain;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Contracts.Connections;
using Zeron.Integrations.Data;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections.Features.UpdateConnection;

internal sealed class UpdateConnectionHandler(IntegrationsDbContext db, ConnectionSecrets secrets, TimeProvider clock)
    : ICommandHandler<UpdateConnectionCommand, Result<ConnectionDto>>
{
    public async ValueTask<Result<ConnectionDto>> Handle(UpdateConnectionCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name?.Trim();
        try
        {
            return await db.InTenantTransactionAsync<ConnectionDto>(command.OrganizationId, async () =>
            {
                if (await db.FindConnectionAsync(command.OrganizationId, command.ConnectionId, cancellationToken) is not { } connection)
                {
                    return ConnectionErrors.NotFound;
                }

                var kind = ConnectionKinds.Of(connection);
                if (UpdateFieldsOfKind.Refusals(kind, command) is { Count: > 0 } refusals)
                {
                    throw new RequestValidationException(refusals);
                }

                if (name is not null && await db.NameTakenAsync(command.OrganizationId, name, connection.Id, cancellationToken))
                {
                    return ConnectionErrors.NameTaken(name);
                }

                var url = kind.UrlFrom(command.BaseUrl, command.ApiUrl);
                var secret = kind.SecretFrom(command.ApiKey, command.ApiToken, command.Token);
                connection.Change(
                    name,
                    url is null ? null : ConnectionMapping.BaseUrlOrDefault(url, kind),
                    command.Model is null ? Optional<string?>.Keep : Optional<string?>.Set(ConnectionMapping.ModelOrDefault(command.Model)),
                    secret is null ? null : secrets.Protect(secret),
                    clock.GetUtcNow(),
                    ConnectionMapping.EmailOrNull(command.Email));
                return connection.ToDto();
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return ConnectionErrors.NameTaken(name!);
        }
    }
}
