using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections.Features.CreateConnection;

internal sealed record CreateConnectionRequest(string? Kind, string? Name, string? ApiKey, string? BaseUrl = null, string? Model = null);

internal static class CreateConnectionEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/connections", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("CreateConnection")
            .WithSummary("Connect the organization to a provider: its API key is write-only (stored encrypted, never returned).")
            .WithDescription("Kinds: `anthropic` (default base URL `https://api.anthropic.com`, model `claude-haiku-4-5`) and `openai` " +
                "(`https://api.openai.com`, `gpt-5-mini`). An organization's `anthropic`/`openai` connection replaces the instance's provider of that " +
                "name for its AI features; with two of one kind, the one changed last is used. Names are unique in the organization (ignoring case). " +
                "Base URLs must be https and public (loopback, private and link-local addresses are refused).")
            .Produces<ConnectionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample(ConnectionExamples.CreateRequest)
            .WithResponseExample(StatusCodes.Status201Created, ConnectionExamples.Connection);

    private static async Task<IResult> HandleAsync(Guid orgId, CreateConnectionRequest request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateConnectionCommand(orgId, request.Kind ?? "", request.Name ?? "", request.ApiKey ?? "", request.BaseUrl, request.Model), ct))
            .ToHttpResult(c => TypedResults.Created($"/api/v1/orgs/{orgId}/connections/{c.Id}", c));
}
