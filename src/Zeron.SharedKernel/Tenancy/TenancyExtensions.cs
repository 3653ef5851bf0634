using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zeron.SharedKernel.Tenancy;

public static class TenancyExtensions
{
    /// <summary>The authorization policy every REST API route uses (JWT or API key as a Bearer token).</summary>
    public const string ApiPolicy = "Api";

    /// <summary>Zeron operators (the first-run administrator): the jobs dashboard and the outbox page, which span all tenants.</summary>
    public const string SystemAdminPolicy = "SystemAdmin";

    public static IServiceCollection AddTenancy(this IServiceCollection services) =>
        services.AddScoped<TenantContext>().AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());

    /// <summary>Starts a group under <c>/api/v1/orgs/{orgId}</c>: authenticated and membership-checked.</summary>
    public static RouteGroupBuilder MapOrganizationApi(this IEndpointRouteBuilder endpoints, string tag) =>
        endpoints.MapGroup("/api/v1/orgs/{orgId:guid}")
            .RequireAuthorization(ApiPolicy)
            .AddEndpointFilter<TenantEndpointFilter>()
            .WithTags(tag);

    public static TBuilder RequireOrganizationRole<TBuilder>(this TBuilder builder, OrganizationRole role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequireOrganizationRoleAttribute(role));

    public static TBuilder RequireUserCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequireUserCallerAttribute());
}
