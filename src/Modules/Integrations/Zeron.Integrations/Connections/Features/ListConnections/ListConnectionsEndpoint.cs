using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections.Features.ListConnections;

internal static class ListConnectionsEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/connections", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("ListConnections")
            .WithSummary("The organization's connections, oldest first (their API keys are never shown).")
            .Produces<ConnectionListDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, new ConnectionListDto([ConnectionExamples.Connection]));

    private static async Task<IResult> HandleAsync(Guid orgId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListConnectionsQuery(orgId), ct));
}
