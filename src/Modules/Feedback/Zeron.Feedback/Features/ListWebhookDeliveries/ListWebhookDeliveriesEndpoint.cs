using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.ListWebhookDeliveries;

internal static class ListWebhookDeliveriesEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/projects/{projectId:guid}/webhooks/{webhookId:guid}/deliveries", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("ListWebhookDeliveries")
            .WithSummary("A webhook's delivery log: the latest 50, newest first (status Pending, Succeeded or Failed, attempts, last answer).")
            .Produces<IReadOnlyList<WebhookDeliveryDto>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, new[] { FeedbackExamples.Delivery });

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, Guid webhookId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListWebhookDeliveriesQuery(orgId, projectId, webhookId), ct)).ToHttpResult(TypedResults.Ok);
}
