using System.Net.Http.Headers;
using Refit;
using Zeron.Integrations.Connections.Clients;
using Zeron.Integrations.Connections.Kinds;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Jira;

/// <summary>A Jira client bound to one connection.</summary>
internal sealed record JiraClient(Guid ConnectionId, IJiraApi Api);

/// <summary>Builds a Jira client for one stored connection: its site, its e-mail and decrypted API token, the guarded, rate-limit-aware HttpClient.</summary>
internal sealed class JiraClients(IHttpClientFactory clients, ServiceApiConnections connections)
{
    private static readonly RefitSettings Settings = new(new SystemTextJsonContentSerializer(JiraJson.Options));

    public async Task<Result<JiraClient>> ForConnectionAsync(Guid organizationId, Guid connectionId, CancellationToken cancellationToken)
    {
        var opened = await connections.OpenAsync(organizationId, connectionId, "jira", cancellationToken);
        return opened.IsSuccess ? new JiraClient(opened.Value.Id, Create(opened.Value)) : opened.Error!;
    }

    private IJiraApi Create(OpenedConnection connection)
    {
        var http = clients.CreateClient(ServiceApiHttpClient.Name);
        http.BaseAddress = connection.BaseUrl;
        http.DefaultRequestHeaders.Authorization = JiraKind.BasicAuthorization(connection.Email ?? "", connection.Secret);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return RestService.For<IJiraApi>(http, Settings);
    }
}
