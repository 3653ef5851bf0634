using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.SharedKernel.Tenancy;
using Zeron.SharedKernel.Http;

namespace Zeron.Accounts.Features.CreateApiKey;

internal sealed record CreateApiKeyRequest(string? Name);

internal static class CreateApiKeyEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/api-keys", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .RequireUserCaller()
            .WithName("CreateApiKey")
            .WithRequestExample(new CreateApiKeyRequest("CI pipeline"))
            .WithSummary("Create an API key. The key is in this response only; Zeron stores a hash.")
            .Produces<CreatedApiKeyDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, CreateApiKeyRequest request, ClaimsPrincipal caller, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(new CreateApiKeyCommand(orgId, caller.UserId()!.Value, request.Name ?? ""), ct);
        return TypedResults.Created($"/api/v1/orgs/{orgId}/api-keys/{created.Id}", created);
    }
}
