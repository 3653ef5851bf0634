using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.ListWebhooks;

internal static class ListWebhooksEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/projects/{projectId:guid}/webhooks", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("ListWebhooks")
            .WithSummary("A project's webhooks (their secrets are never shown again).")
            .Produces<IReadOnlyList<WebhookDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, new[] { FeedbackExamples.Webhook });

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListWebhooksQuery(orgId, projectId), ct)).ToHttpResult(TypedResults.Ok);
}
