using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Connections;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Connections.Features.CreateConnection;

/// <summary>Each kind reads its own fields (see the endpoint's description); the others are ignored.</summary>
internal sealed record CreateConnectionRequest(string? Kind, string? Name, string? ApiKey = null, string? BaseUrl = null, string? Model = null,
    string? Email = null, string? ApiToken = null, string? ApiUrl = null, string? Token = null);

internal static class CreateConnectionEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/connections", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("CreateConnection")
            .WithSummary("Connect the organization to a provider: its secret is write-only (stored encrypted, never returned).")
            .WithDescription("Kinds: `anthropic` (`apiKey`; default base URL `https://api.anthropic.com`, model `claude-haiku-4-5`), `openai` " +
                "(`apiKey`; `https://api.openai.com`, `gpt-5-mini`), `jira` (`baseUrl` of the site, required, `email` and `apiToken`: Basic sign-in) and " +
                "`github` (`token`; `apiUrl` is the REST root, default `https://api.github.com`, for GitHub Enterprise `https://HOST/api/v3`). " +
                "An organization's `anthropic`/`openai` connection replaces the instance's provider of that " +
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
        (await sender.Send(new CreateConnectionCommand(orgId, request.Kind ?? "", request.Name ?? "", request.ApiKey, request.BaseUrl, request.Model,
            request.Email, request.ApiToken, request.ApiUrl, request.Token), ct))
            .ToHttpResult(c => TypedResults.Created($"/api/v1/orgs/{orgId}/connections/{c.Id}", c));
}
