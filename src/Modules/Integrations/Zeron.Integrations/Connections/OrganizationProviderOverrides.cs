using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zeron.Integrations.Connections.Kinds;
using Zeron.Integrations.Data;
using Zeron.Integrations.Llm;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations.Connections;

/// <summary>
/// An organization's LLM connections as the router uses them, decrypted: one per kind. With two of one kind the one
/// changed last (<c>updated_at</c>, then the newer id) wins, so rotating a key or editing a connection makes it the one
/// used. A connection without a model gets the kind's default. One whose secret cannot be decrypted is skipped
/// (logged without the secret): the instance's provider serves instead, and the connection's check says why.
/// </summary>
internal sealed partial class OrganizationProviderOverrides(
    IntegrationsDbContext db, ConnectionSecrets secrets, ILogger<OrganizationProviderOverrides> logger) : IOrganizationProviderOverrides
{
    private static readonly string[] LlmKinds = [.. ConnectionKinds.All.Where(k => k.IsLlmProvider).Select(k => k.Name)];

    public async Task<IReadOnlyList<LlmProviderSettings>> GetAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var connections = await db.InTenantTransactionAsync(organizationId, () =>
            db.Connections.AsNoTracking()
                .Where(c => c.OrganizationId == organizationId && LlmKinds.Contains(c.Kind))
                .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id)
                .ToListAsync(cancellationToken), cancellationToken);
        var overrides = new List<LlmProviderSettings>();
        foreach (var connection in connections.DistinctBy(c => c.Kind))
        {
            var kind = ConnectionKinds.Of(connection);
            if (secrets.TryUnprotect(connection.ProtectedSecret) is not { } key)
            {
                LogUndecryptable(logger, connection.Id, organizationId);
                continue;
            }

            overrides.Add(new LlmProviderSettings(kind.Name, key, new Uri(connection.BaseUrl), connection.Model ?? kind.DefaultModel!, connection.Id));
        }

        return overrides;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The API key of connection {ConnectionId} (organization {OrganizationId}) cannot be decrypted; it is not used")]
    private static partial void LogUndecryptable(ILogger logger, Guid connectionId, Guid organizationId);
}
