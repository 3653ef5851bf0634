using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.GetProject;

internal static class GetProjectEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/projects/{projectId:guid}", HandleAsync)
            .WithName("GetProject")
            .WithSummary("One project.")
            .Produces<ProjectDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Project);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetProjectQuery(orgId, projectId), ct)).ToHttpResult(TypedResults.Ok);
}
