using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Indexing;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.ReindexFeedback;

internal static class ReindexFeedbackEndpoint
{
    public const string Route = "/projects/{projectId:guid}/feedback/reindex";

    private static readonly IndexProgressDto Example = new(2000, 1234, "local/all-MiniLM-L6-v2");

    public static void Map(RouteGroupBuilder org)
    {
        org.MapGet(Route, GetAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("GetFeedbackIndexProgress")
            .WithSummary("How many of the project's items have an embedding of the current model (model null: embeddings are off).")
            .Produces<IndexProgressDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, Example);
        org.MapPost(Route, PostAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("ReindexFeedback")
            .WithSummary("Queue the embedding of the project's items that have none of the current model (new, or made by another provider); answers the progress so far.")
            .Produces<IndexProgressDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithResponseExample(StatusCodes.Status202Accepted, Example);
    }

    private static async Task<IResult> GetAsync(Guid orgId, Guid projectId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetIndexProgressQuery(orgId, projectId), ct)).ToHttpResult(TypedResults.Ok);

    private static async Task<IResult> PostAsync(Guid orgId, Guid projectId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ReindexFeedbackCommand(orgId, projectId), ct)).ToHttpResult(p => TypedResults.Accepted($"/api/v1/orgs/{orgId}/projects/{projectId}/feedback/reindex", p));
}
