using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zeron.Analytics.Data;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Analytics;

/// <summary>The dashboard's read models, fed by other modules' integration events.</summary>
public static class AnalyticsModule
{
    public const string Name = "Analytics";

    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<AnalyticsDbContext>(configuration, Name, AnalyticsDbContext.Schema);

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
