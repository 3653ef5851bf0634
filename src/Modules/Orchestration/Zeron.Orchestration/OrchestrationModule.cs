using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Orchestration.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Orchestration;

/// <summary>The Conductor: Jira tickets to pull requests through coding agents (its issue builds it out).</summary>
public static class OrchestrationModule
{
    public const string Name = "Orchestration";

    public static IServiceCollection AddOrchestrationModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<OrchestrationDbContext>(configuration, Name, OrchestrationDbContext.Schema);

    public static IEndpointRouteBuilder MapOrchestrationEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
