using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.DeleteWebhook;

internal static class DeleteWebhookEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapDelete("/projects/{projectId:guid}/webhooks/{webhookId:guid}", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("DeleteWebhook")
            .WithSummary("Delete a webhook with its delivery log; pending retries stop.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, Guid webhookId, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteWebhookCommand(orgId, projectId, webhookId), ct)).ToHttpResult(_ => TypedResults.NoContent());
}
