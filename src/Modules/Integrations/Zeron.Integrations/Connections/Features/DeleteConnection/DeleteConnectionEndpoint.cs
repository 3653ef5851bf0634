using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections.Features.DeleteConnection;

internal static class DeleteConnectionEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapDelete("/connections/{connectionId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("DeleteConnection")
            .WithSummary("Delete a connection and its API key; AI features fall back to the instance's provider of that kind.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid connectionId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteConnectionCommand(orgId, connectionId), ct)).ToHttpResult(_ => TypedResults.NoContent());
}
