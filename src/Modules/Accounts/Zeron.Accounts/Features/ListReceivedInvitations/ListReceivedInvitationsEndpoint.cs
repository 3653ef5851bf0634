using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ListReceivedInvitations;

internal static class ListReceivedInvitationsEndpoint
{
    public static void Map(RouteGroupBuilder invitations) =>
        invitations.MapGet("", HandleAsync)
            .WithName("ListReceivedInvitations")
            .WithSummary("The signed-in user's own pending invitations, from any organization (API keys: 403).")
            .WithResponseExample(StatusCodes.Status200OK, new[] { InvitationViews.ReceivedExample })
            .Produces<IReadOnlyList<ReceivedInvitationDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<IResult> HandleAsync(ClaimsPrincipal caller, ISender sender, CancellationToken ct) =>
        caller.UserId() is { } userId
            ? TypedResults.Ok(await sender.Send(new ListReceivedInvitationsQuery(userId), ct))
            : InvitationViews.UsersOnly();
}
