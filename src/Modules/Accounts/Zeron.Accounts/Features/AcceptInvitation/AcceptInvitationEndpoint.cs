using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Http;

namespace Zeron.Accounts.Features.AcceptInvitation;

internal static class AcceptInvitationEndpoint
{
    public static void Map(RouteGroupBuilder invitations) =>
        invitations.MapPost("/{invitationId:guid}/accept", HandleAsync)
            .WithName("AcceptInvitation")
            .WithRequestExample(new InvitationAnswerRequest("q8Xv3kT0bWm1aZ6pY2sN9rL4cE7uH5jD0fG8iK1oM3w"))
            .WithSummary("Accept one of your invitations with its link's token (the last segment of acceptUrl): you become a member " +
                "with its role. No token is a 400 naming token; another user's invitation or a wrong token is 404; one already " +
                "answered, revoked or expired is 409.")
            .WithResponseExample(StatusCodes.Status200OK, InvitationViews.ReceivedExample with { Status = InvitationStatus.Accepted })
            .Produces<ReceivedInvitationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<IResult> HandleAsync(
        Guid invitationId, [FromBody] InvitationAnswerRequest? request, ClaimsPrincipal caller, ISender sender, CancellationToken ct) =>
        InvitationViews.AnswerForUserAsync(caller, sender, userId => new AcceptInvitationCommand(userId, invitationId, request?.Token ?? ""), ct);
}
