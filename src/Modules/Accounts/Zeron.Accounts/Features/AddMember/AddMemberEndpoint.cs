using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Members;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Accounts.Features.AddMember;

internal sealed record AddMemberRequest(string? Email, OrganizationRole? Role, string? Password);

internal static class AddMemberEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/members", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .RequireUserCaller()
            .WithName("AddMember")
            .WithRequestExample(new AddMemberRequest("grace@example.com", OrganizationRole.Member, "Grace-Hopper-1906"))
            .WithSummary("Add a user to the organization with a role (Owner, Admin, Member). A new email creates the user.")
            .Produces<AddedMemberDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(Guid orgId, AddMemberRequest request, ITenantContext tenant, ISender sender, CancellationToken ct)
    {
        var command = new AddMemberCommand(orgId, tenant.Role, request.Email ?? "", request.Role ?? OrganizationRole.Member, request.Password);
        var result = await sender.Send(command, ct);
        return result.ToHttpResult(member => TypedResults.Created($"/api/v1/orgs/{orgId}/members/{member.UserId}", member));
    }
}
