using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections.Features.UpdateConnection;

internal sealed record UpdateConnectionRequest(string? Name = null, string? BaseUrl = null, string? Model = null, string? ApiKey = null,
    string? Email = null, string? ApiToken = null, string? ApiUrl = null, string? Token = null);

internal static class UpdateConnectionEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPatch("/connections/{connectionId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("UpdateConnection")
            .WithSummary("Change a connection: only the fields sent change; the secret (`apiKey`, `apiToken`, `token`) rotates it.")
            .WithDescription("Each kind takes the fields it was created with. An empty `baseUrl`, `apiUrl` or `model` goes back to the kind's default. " +
                "Changing the address needs the kind's secret in the same request: a stored secret is never sent to a new address.")
            .Produces<ConnectionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample(ConnectionExamples.UpdateRequest)
            .WithResponseExample(StatusCodes.Status200OK, ConnectionExamples.Connection);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid connectionId, UpdateConnectionRequest request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateConnectionCommand(orgId, connectionId, request.Name, request.BaseUrl, request.Model, request.ApiKey,
            request.Email, request.ApiToken, request.ApiUrl, request.Token), ct))
            .ToHttpResult(TypedResults.Ok);
}
