using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.RevokeInvitation;

internal static class RevokeInvitationEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapDelete("/invitations/{invitationId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .RequireUserCaller()
            .WithName("RevokeInvitation")
            .WithSummary("Revoke an invitation: its link stops working at once. Revoking again is a no-op; an accepted one is 409 (remove the member instead).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid invitationId, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new RevokeInvitationCommand(orgId, invitationId), ct);
        return result.ToHttpResult(_ => TypedResults.NoContent());
    }
}
