using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Http;

namespace Zeron.Accounts.Features.AcceptInvitation;

internal static class AcceptInvitationEndpoint
{
    public static void Map(RouteGroupBuilder invitations) =>
        invitations.MapPost("/{invitationId:guid}/accept", HandleAsync)
            .WithName("AcceptInvitation")
            .WithSummary("Accept one of your invitations: you become a member with its role. Another user's invitation is 404; " +
                "one already answered, revoked or expired is 409.")
            .WithResponseExample(StatusCodes.Status200OK, InvitationViews.ReceivedExample with { Status = InvitationStatus.Accepted })
            .Produces<ReceivedInvitationDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<IResult> HandleAsync(Guid invitationId, ClaimsPrincipal caller, ISender sender, CancellationToken ct) =>
        InvitationViews.AnswerForUserAsync(caller, sender, userId => new AcceptInvitationCommand(userId, invitationId), ct);
}
