using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.Analytics.Data;
using Zeron.Analytics.EventHandlers;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Analytics;

/// <summary>The dashboard's read models, fed by other modules' integration events.</summary>
public static class AnalyticsModule
{
    public const string Name = "Analytics";

    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<AnalyticsDbContext>(configuration, Name, AnalyticsDbContext.Schema)
            .AddEventHandler<OrganizationCreated, OrganizationCreatedHandler>(Name);

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
