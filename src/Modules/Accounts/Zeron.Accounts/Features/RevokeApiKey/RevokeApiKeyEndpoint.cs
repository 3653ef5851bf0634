using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.RevokeApiKey;

internal static class RevokeApiKeyEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapDelete("/api-keys/{id:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .RequireUserCaller()
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key; it stops working at once. Revoking again is a no-op.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid id, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new RevokeApiKeyCommand(orgId, id), ct);
        return result.ToHttpResult(_ => TypedResults.NoContent());
    }
}
