using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections.Features.GetConnection;

internal static class GetConnectionEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/connections/{connectionId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("GetConnection")
            .WithSummary("One connection (without its API key).")
            .Produces<ConnectionDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, ConnectionExamples.Connection);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid connectionId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetConnectionQuery(orgId, connectionId), ct)).ToHttpResult(TypedResults.Ok);
}
