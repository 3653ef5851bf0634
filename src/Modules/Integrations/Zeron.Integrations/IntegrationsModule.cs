using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Integrations.Connections;
using Zeron.Integrations.Contracts.Ai;
using Zeron.Integrations.Data;
using Zeron.Integrations.Embeddings;
using Zeron.Integrations.Features.GetAiStatus;
using Zeron.Integrations.Features.GetAiUsage;
using Zeron.Integrations.Features.SaveLlmPrice;
using Zeron.Integrations.Features.SetAiBudget;
using Zeron.Integrations.Llm;
using Zeron.SharedKernel.Persistence;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations;

/// <summary>Clients of Jira, GitHub, the LLM router and embeddings (its issue builds it out).</summary>
public static class IntegrationsModule
{
    public const string Name = "Integrations";

    public static IServiceCollection AddIntegrationsModule(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddModuleDbContext<IntegrationsDbContext>(configuration, Name, IntegrationsDbContext.Schema)
            .AddOrganizationConnections()
            .AddLlmRouter(configuration)
            .AddScoped<AiStatusReader>()
            .AddSingleton<IValidator<GetAiUsageQuery>, GetAiUsageValidator>()
            .AddSingleton<IValidator<SetAiBudgetCommand>, SetAiBudgetValidator>()
            .AddSingleton<IValidator<SaveLlmPriceCommand>, SaveLlmPriceValidator>()
            .AddEmbeddings(configuration);

    public static IEndpointRouteBuilder MapIntegrationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrganizationConnections();
        var ai = endpoints.MapOrganizationApi("AI");
        GetAiUsageEndpoint.Map(ai);
        GetAiStatusEndpoint.Map(ai);
        SetAiBudgetEndpoint.Map(ai);
        return endpoints;
    }
}
