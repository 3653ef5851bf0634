using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Accounts.Contracts.Members;

namespace Zeron.Accounts.Features.ListMembers;

internal static class ListMembersEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/members", HandleAsync)
            .WithName("ListMembers")
            .WithSummary("The organization's members and their roles.")
            .Produces<IReadOnlyList<MemberDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListMembersQuery(orgId), ct));
}
