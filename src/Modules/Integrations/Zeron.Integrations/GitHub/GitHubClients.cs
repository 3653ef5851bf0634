using Refit;
using Zeron.Integrations.Connections.Clients;
using Zeron.Integrations.Connections.Kinds;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.GitHub;

/// <summary>A GitHub client bound to one connection.</summary>
internal sealed record GitHubClient(Guid ConnectionId, IGitHubApi Api);

/// <summary>Builds a GitHub client for one stored connection: its <c>apiUrl</c>, its decrypted token, the guarded, rate-limit-aware HttpClient.</summary>
internal sealed class GitHubClients(IHttpClientFactory clients, ServiceApiConnections connections)
{
    private static readonly RefitSettings Settings = new(new SystemTextJsonContentSerializer(GitHubJson.Options));

    public async Task<Result<GitHubClient>> ForConnectionAsync(Guid organizationId, Guid connectionId, CancellationToken cancellationToken)
    {
        var opened = await connections.OpenAsync(organizationId, connectionId, "github", cancellationToken);
        return opened.IsSuccess ? new GitHubClient(opened.Value.Id, Create(opened.Value)) : opened.Error!;
    }

    private IGitHubApi Create(OpenedConnection connection)
    {
        var http = clients.CreateClient(ServiceApiHttpClient.Name);
        http.BaseAddress = connection.BaseUrl;
        GitHubKind.AddHeaders(http.DefaultRequestHeaders, connection.Secret);
        return RestService.For<IGitHubApi>(http, Settings);
    }
}
