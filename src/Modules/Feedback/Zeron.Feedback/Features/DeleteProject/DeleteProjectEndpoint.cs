using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.DeleteProject;

internal static class DeleteProjectEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapDelete("/projects/{projectId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("DeleteProject")
            .WithSummary("Delete a project and all its feedback.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteProjectCommand(orgId, projectId), ct)).ToHttpResult(_ => TypedResults.NoContent());
}
