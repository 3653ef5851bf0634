using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Zeron.SharedKernel.Http;

namespace Zeron.SharedKernel.Tenancy;

/// <summary>
/// Guards every route under <c>/api/v1/orgs/{orgId}</c>: a caller who is not a member of that organization (or an
/// API key of another organization) gets 404, so the response never reveals that the organization exists.
/// A member whose role is below the endpoint's <see cref="RequireOrganizationRoleAttribute"/> gets 403.
/// </summary>
internal sealed class TenantEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Guid.TryParse(http.Request.RouteValues["orgId"] as string, out var organizationId))
        {
            return ApiProblems.NotFound("Organization not found.");
        }

        var access = http.RequestServices.GetRequiredService<IOrganizationAccess>();
        var role = await access.GetRoleAsync(http.User, organizationId, http.RequestAborted);
        if (role is null)
        {
            return ApiProblems.NotFound("Organization not found.");
        }

        var metadata = http.GetEndpoint()?.Metadata;
        var required = metadata?.GetMetadata<RequireOrganizationRoleAttribute>();
        if (required is not null && role < required.Role)
        {
            return ApiProblems.Forbidden($"This needs the {required.Role} role in the organization.");
        }

        if (metadata?.GetMetadata<RequireUserCallerAttribute>() is not null && http.User.HasClaim(c => c.Type == ZeronClaimTypes.ApiKeyId))
        {
            return ApiProblems.Forbidden("API keys cannot do this; sign in as a user.");
        }

        ((TenantContext)http.RequestServices.GetRequiredService<ITenantContext>()).Resolve(organizationId, role.Value);
        return await next(context);
    }
}
