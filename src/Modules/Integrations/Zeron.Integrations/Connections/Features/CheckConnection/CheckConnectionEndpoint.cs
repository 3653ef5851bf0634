using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections.Features.CheckConnection;

internal static class CheckConnectionEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/connections/{connectionId:guid}/check", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("CheckConnection")
            .WithSummary("Try the connection with its stored API key: each step says what worked, and why not.")
            .WithDescription("Steps, in order, stopping at the first that fails: `address` (the base URL may be reached), `reach` (the provider " +
                "answered `GET /v1/models`, within 10 seconds), `key` (it accepted the API key: 401/403 mean it refused it), `model` (the " +
                "connection's model, or the kind's default, is listed). `ok` is true when every step is. A failed check is still a 200.")
            .Produces<ConnectionCheckDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, ConnectionExamples.Check);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid connectionId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CheckConnectionCommand(orgId, connectionId), ct)).ToHttpResult(TypedResults.Ok);
}
