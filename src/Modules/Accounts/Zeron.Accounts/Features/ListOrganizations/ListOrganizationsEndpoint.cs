using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ListOrganizations;

internal static class ListOrganizationsEndpoint
{
    public static void Map(RouteGroupBuilder orgs) =>
        orgs.MapGet("", HandleAsync)
            .WithName("ListOrganizations")
            .WithSummary("The organizations the caller belongs to (an API key: its own organization).")
            .Produces<IReadOnlyList<OrganizationDto>>();

    private static async Task<IResult> HandleAsync(ClaimsPrincipal caller, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListOrganizationsQuery(caller.UserId(), caller.ApiKeyOrganizationId()), ct));
}
