using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Integrations.Connections.Clients;
using Zeron.Integrations.Connections.Features.CheckConnection;
using Zeron.Integrations.Connections.Features.CreateConnection;
using Zeron.Integrations.Connections.Features.DeleteConnection;
using Zeron.Integrations.Connections.Features.GetConnection;
using Zeron.Integrations.Connections.Features.ListConnections;
using Zeron.Integrations.Connections.Features.UpdateConnection;
using Zeron.Integrations.Contracts.Connections;
using Zeron.Integrations.GitHub;
using Zeron.Integrations.Jira;
using Zeron.Integrations.Llm;
using Zeron.SharedKernel.Network;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections;

/// <summary>The connections' services and routes, called from <see cref="IntegrationsModule"/>.</summary>
internal static class ConnectionsSetup
{
    public static IServiceCollection AddOrganizationConnections(this IServiceCollection services)
    {
        services.AddOutboundGuard();
        services.AddSingleton<ConnectionSecrets>();
        services.AddConnectionHttpClient();
        services.AddScoped<ConnectionProbe>();
        services.AddServiceApiHttpClient();
        services.AddScoped<ServiceApiConnections>();
        services.AddScoped<JiraClients>();
        services.AddScoped<GitHubClients>();
        services.AddScoped<IOrganizationProviderOverrides, OrganizationProviderOverrides>();
        services.AddSingleton<IValidator<CreateConnectionCommand>, CreateConnectionValidator>();
        services.AddSingleton<IValidator<UpdateConnectionCommand>, UpdateConnectionValidator>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganizationConnections(this IEndpointRouteBuilder endpoints)
    {
        var connections = endpoints.MapOrganizationApi("Connections");
        ListConnectionsEndpoint.Map(connections);
        CreateConnectionEndpoint.Map(connections);
        GetConnectionEndpoint.Map(connections);
        UpdateConnectionEndpoint.Map(connections);
        DeleteConnectionEndpoint.Map(connections);
        CheckConnectionEndpoint.Map(connections);
        return endpoints;
    }
}
