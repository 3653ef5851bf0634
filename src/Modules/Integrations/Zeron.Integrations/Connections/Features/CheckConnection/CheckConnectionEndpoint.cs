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
            .WithSummary("Try the connection with its stored secret: each step says what worked, and why not.")
            .WithDescription("Steps, in order, stopping at the first that fails: `address` (the base URL may be reached), `reach` (the provider " +
                "answered, within 10 seconds: `GET /v1/models` for `anthropic`/`openai`, Jira's `GET /rest/api/3/myself` with Basic e-mail:API token, " +
                "GitHub's `GET {apiUrl}/user` with the bearer token), `key` (it accepted the secret: 401/403 mean it refused it; a 429, or a 403 " +
                "with `X-RateLimit-Remaining: 0`, that its rate limit is used up), `model` (LLM kinds only: the connection's model, or the kind's " +
                "default, is listed). `ok` is true when every step is. A failed check is still a 200.")
            .Produces<ConnectionCheckDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, ConnectionExamples.Check);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid connectionId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CheckConnectionCommand(orgId, connectionId), ct)).ToHttpResult(TypedResults.Ok);
}
