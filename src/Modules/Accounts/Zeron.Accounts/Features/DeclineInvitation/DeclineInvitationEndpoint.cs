using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Http;

namespace Zeron.Accounts.Features.DeclineInvitation;

internal static class DeclineInvitationEndpoint
{
    public static void Map(RouteGroupBuilder invitations) =>
        invitations.MapPost("/{invitationId:guid}/decline", HandleAsync)
            .WithName("DeclineInvitation")
            .WithSummary("Decline one of your invitations; its link stops working. Another user's invitation is 404; one already answered, revoked or expired is 409.")
            .WithResponseExample(StatusCodes.Status200OK, InvitationViews.ReceivedExample with { Status = InvitationStatus.Declined })
            .Produces<ReceivedInvitationDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<IResult> HandleAsync(Guid invitationId, ClaimsPrincipal caller, ISender sender, CancellationToken ct) =>
        InvitationViews.AnswerForUserAsync(caller, sender, userId => new DeclineInvitationCommand(userId, invitationId), ct);
}
