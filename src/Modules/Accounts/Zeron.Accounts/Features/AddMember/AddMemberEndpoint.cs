using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.AddMember;

internal sealed record AddMemberRequest(string? Email, OrganizationRole? Role = null);

internal static class AddMemberEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/members", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .RequireUserCaller()
            .WithName("AddMember")
            .WithRequestExample(new AddMemberRequest("grace@example.com", OrganizationRole.Member))
            .WithResponseExample(StatusCodes.Status201Created, InvitationViews.Example)
            .WithSummary("Invite an email with a role (Owner, Admin, Member). The same answer whether or not it has an account: an " +
                "invitation whose acceptUrl (shown once, valid 7 days) the person opens to join — signing in, or choosing a password " +
                "if new. A pending invitation to the same email is replaced; a member already is 409.")
            .Produces<InvitationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid orgId, AddMemberRequest request, ClaimsPrincipal caller, HttpRequest http, ITenantContext tenant, ISender sender, CancellationToken ct)
    {
        var command = new AddMemberCommand(
            orgId, caller.UserId()!.Value, tenant.Role, request.Email ?? "", request.Role ?? OrganizationRole.Member, InvitationViews.LinkOrigin(http));
        var result = await sender.Send(command, ct);
        return result.ToHttpResult(invitation => TypedResults.Created($"/api/v1/orgs/{orgId}/invitations/{invitation.Id}", invitation));
    }
}
