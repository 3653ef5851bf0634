using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.UpdateProject;

internal sealed record UpdateProjectRequest(
    string? Name = null, IReadOnlyList<string>? AllowedOrigins = null, IReadOnlyList<string>? Categories = null, WidgetSettingsInput? Widget = null);

internal static class UpdateProjectEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPatch("/projects/{projectId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("UpdateProject")
            .WithSummary("Change a project: only the fields sent change; lists replace the whole list.")
            .Produces<ProjectDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample(new UpdateProjectRequest(null, FeedbackExamples.Origins, null, new WidgetSettingsInput(null, null, "#4f46e5", null)))
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Project);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, UpdateProjectRequest request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateProjectCommand(orgId, projectId, request.Name, request.AllowedOrigins, request.Categories, request.Widget), ct))
            .ToHttpResult(TypedResults.Ok);
}
