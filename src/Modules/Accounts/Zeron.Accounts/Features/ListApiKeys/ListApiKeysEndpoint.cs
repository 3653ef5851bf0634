using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.ApiKeys;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ListApiKeys;

internal static class ListApiKeysEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/api-keys", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("ListApiKeys")
            .WithSummary("The organization's API keys (prefix, dates; never the secret).")
            .Produces<IReadOnlyList<ApiKeyDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListApiKeysQuery(orgId), ct));
}
