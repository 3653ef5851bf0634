using Zeron.Integrations.Data;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections.Clients;

/// <summary>A stored connection of one kind, read in the tenant's transaction, with its secret decrypted (never logged).</summary>
internal sealed record OpenedConnection(Guid Id, Uri BaseUrl, string? Email, string Secret);

/// <summary>Opens a stored connection for a client (<see cref="Jira.JiraClients"/>, <see cref="GitHub.GitHubClients"/>).</summary>
internal sealed class ServiceApiConnections(IntegrationsDbContext db, ConnectionSecrets secrets)
{
    public async Task<Result<OpenedConnection>> OpenAsync(Guid organizationId, Guid connectionId, string kind, CancellationToken cancellationToken)
    {
        var found = await db.InTenantTransactionAsync<Domain.Connection>(organizationId, async () =>
            await db.FindConnectionAsync(organizationId, connectionId, cancellationToken) is { } connection
                ? connection
                : ConnectionErrors.NotFound, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var c = found.Value;
        if (c.Kind != kind)
        {
            return ConnectionErrors.WrongKind(kind, c.Kind);
        }

        return secrets.TryUnprotect(c.ProtectedSecret) is { } secret
            ? new OpenedConnection(c.Id, new Uri(c.BaseUrl), c.Email, secret)
            : ConnectionErrors.SecretUnreadable;
    }
}
