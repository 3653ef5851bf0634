using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.RotateProjectKey;

internal static class RotateProjectKeyEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/projects/{projectId:guid}/rotate-key", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("RotateProjectKey")
            .WithSummary("Issue a new public widget key; the old key stops working at once (update the script tag).")
            .Produces<ProjectDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Project);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RotateProjectKeyCommand(orgId, projectId), ct)).ToHttpResult(TypedResults.Ok);
}
