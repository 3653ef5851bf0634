using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Http;

namespace Zeron.Accounts.Features.DeclineInvitation;

internal static class DeclineInvitationEndpoint
{
    public static void Map(RouteGroupBuilder invitations) =>
        invitations.MapPost("/{invitationId:guid}/decline", HandleAsync)
            .WithName("DeclineInvitation")
            .WithRequestExample(new InvitationAnswerRequest("q8Xv3kT0bWm1aZ6pY2sN9rL4cE7uH5jD0fG8iK1oM3w"))
            .WithSummary("Decline one of your invitations with its link's token (the last segment of acceptUrl); the link stops working. " +
                "No token is a 400 naming token; another user's invitation or a wrong token is 404; one already answered, revoked or expired is 409.")
            .WithResponseExample(StatusCodes.Status200OK, InvitationViews.ReceivedExample with { Status = InvitationStatus.Declined })
            .Produces<ReceivedInvitationDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<IResult> HandleAsync(
        Guid invitationId, [FromBody] InvitationAnswerRequest? request, ClaimsPrincipal caller, ISender sender, CancellationToken ct) =>
        InvitationViews.AnswerForUserAsync(caller, sender, userId => new DeclineInvitationCommand(userId, invitationId, request?.Token ?? ""), ct);
}
