using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Integrations.Connections;
using Zeron.Integrations.Data;
using Zeron.Integrations.Embeddings;
using Zeron.Integrations.Llm;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Integrations;

/// <summary>Clients of Jira, GitHub, the LLM router and embeddings (its issue builds it out).</summary>
public static class IntegrationsModule
{
    public const string Name = "Integrations";

    public static IServiceCollection AddIntegrationsModule(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddModuleDbContext<IntegrationsDbContext>(configuration, Name, IntegrationsDbContext.Schema)
            .AddScoped<IOrganizationProviderOverrides, OrganizationProviderOverrides>()
            .AddEmbeddings(configuration);

    public static IEndpointRouteBuilder MapIntegrationsEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
