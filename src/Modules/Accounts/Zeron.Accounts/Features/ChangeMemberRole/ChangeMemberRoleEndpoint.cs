using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Messaging;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.ChangeMemberRole;

internal sealed record ChangeMemberRoleRequest(OrganizationRole? Role);

internal static class ChangeMemberRoleEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPatch("/members/{userId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Owner)
            .RequireUserCaller()
            .WithName("ChangeMemberRole")
            .WithRequestExample(new ChangeMemberRoleRequest(OrganizationRole.Admin))
            .WithResponseExample(StatusCodes.Status200OK, new MemberDto(
                Guid.Parse("0193a5b0-7c3e-7a10-9f1d-3c2b1a000003"), "grace@example.com", OrganizationRole.Admin, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)))
            .WithSummary("Change a member's role (Owner, Admin, Member); Owners only. The last Owner cannot be demoted (409). " +
                "The new role applies from the member's next request.")
            .Produces<MemberDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid orgId, Guid userId, ChangeMemberRoleRequest? request, ClaimsPrincipal caller, ISender sender, CancellationToken ct)
    {
        if (request?.Role is not { } role)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["role"] = ["Role is required: Owner, Admin or Member."] });
        }

        return (await sender.Send(new ChangeMemberRoleCommand(orgId, caller.UserId()!.Value, userId, role), ct)).ToHttpResult(TypedResults.Ok);
    }
}
