using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.RemoveMember;

internal static class RemoveMemberEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapDelete("/members/{userId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .RequireUserCaller()
            .WithName("RemoveMember")
            .WithSummary("Remove a member; their sessions and tokens end. Only an Owner removes an Owner; the last Owner cannot be removed (409).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid userId, ClaimsPrincipal caller, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new RemoveMemberCommand(orgId, caller.UserId()!.Value, userId), ct);
        return result.ToHttpResult(_ => TypedResults.NoContent());
    }
}
