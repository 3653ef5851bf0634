using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ListInvitations;

internal static class ListInvitationsEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/invitations", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("ListInvitations")
            .WithSummary("The organization's invitations not answered yet: pending, or expired (revoke or invite again). Links are not shown again.")
            .WithResponseExample(StatusCodes.Status200OK, new[] { InvitationViews.Example with { AcceptUrl = null } })
            .Produces<IReadOnlyList<InvitationDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListInvitationsQuery(orgId), ct));
}
