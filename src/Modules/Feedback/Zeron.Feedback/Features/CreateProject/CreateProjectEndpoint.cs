using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Projects;
using Zeron.SharedKernel.Tenancy;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.CreateProject;

internal sealed record CreateProjectRequest(
    string? Name, IReadOnlyList<string>? AllowedOrigins = null, IReadOnlyList<string>? Categories = null, WidgetSettingsInput? Widget = null);

internal static class CreateProjectEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/projects", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("CreateProject")
            .WithSummary("Create a project (one per site): returns its public widget key.")
            .WithDescription("Allowed origins are exact `scheme://host[:port]` entries or `https://*.example.com` for all sub-domains. " +
                "Categories default to bug, idea, question, praise, other.")
            .Produces<ProjectDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample(new CreateProjectRequest("Web shop", FeedbackExamples.Origins, null, FeedbackExamples.WidgetInput))
            .WithResponseExample(StatusCodes.Status201Created, FeedbackExamples.Project);

    private static async Task<IResult> HandleAsync(Guid orgId, CreateProjectRequest request, ISender sender, CancellationToken ct)
    {
        var project = await sender.Send(new CreateProjectCommand(orgId, request.Name ?? "", request.AllowedOrigins, request.Categories, request.Widget), ct);
        return TypedResults.Created($"/api/v1/orgs/{orgId}/projects/{project.Id}", project);
    }
}
