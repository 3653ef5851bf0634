using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.CreateOrganization;

internal sealed record CreateOrganizationRequest(string? Name, string? Slug = null);

internal static class CreateOrganizationEndpoint
{
    public static void Map(RouteGroupBuilder orgs) =>
        orgs.MapPost("", HandleAsync)
            .WithName("CreateOrganization")
            .WithRequestExample(new CreateOrganizationRequest("Acme Software", "acme"))
            .WithSummary("Create an organization; the calling user becomes its Owner.")
            .Produces<OrganizationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(CreateOrganizationRequest request, ClaimsPrincipal caller, ISender sender, CancellationToken ct)
    {
        if (caller.UserId() is not { } userId)
        {
            return ApiProblems.Forbidden("API keys cannot create organizations; sign in as a user.");
        }

        var result = await sender.Send(new CreateOrganizationCommand(userId, request.Name ?? "", request.Slug), ct);
        return result.ToHttpResult(org => TypedResults.Created($"/api/v1/orgs/{org.Id}", org));
    }
}
