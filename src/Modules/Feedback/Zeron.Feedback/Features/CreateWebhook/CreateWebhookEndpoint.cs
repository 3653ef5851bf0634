using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Webhooks;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Feedback.Features.CreateWebhook;

internal sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? Events);

internal static class CreateWebhookEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPost("/projects/{projectId:guid}/webhooks", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("CreateWebhook")
            .WithSummary("Add a webhook to a project: returns its signing secret, shown this once.")
            .WithDescription("Events: `feedback.created`, `feedback.status_changed`, `feedback.message_added`. Each delivery is a POST of " +
                "`{ id, type, createdAt, data }` with `X-Zeron-Event`, `X-Zeron-Delivery` (de-duplicate on it: a delivery can arrive more than once) and " +
                "`X-Zeron-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<raw body>\")>`. Any answer but 2xx is retried (8 attempts over about 11 hours). " +
                "Loopback, private and link-local targets are refused.")
            .Produces<CreatedWebhookDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithRequestExample(new CreateWebhookRequest(FeedbackExamples.Webhook.Url, FeedbackExamples.Webhook.Events))
            .WithResponseExample(StatusCodes.Status201Created, FeedbackExamples.CreatedWebhook);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid projectId, CreateWebhookRequest request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateWebhookCommand(orgId, projectId, request.Url ?? "", request.Events ?? []), ct))
            .ToHttpResult(w => TypedResults.Created($"/api/v1/orgs/{orgId}/projects/{projectId}/webhooks/{w.Id}", w));
}
