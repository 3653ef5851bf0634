using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.ListProjects;

internal static class ListProjectsEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/projects", HandleAsync)
            .WithName("ListProjects")
            .WithSummary("The organization's projects.")
            .Produces<IReadOnlyList<ProjectDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, new[] { FeedbackExamples.Project });

    private static async Task<IResult> HandleAsync(Guid orgId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListProjectsQuery(orgId), ct));
}
