using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Ai;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Features.GetAiStatus;

internal static class GetAiStatusEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/ai/status", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("GetAiStatus")
            .WithSummary("Whether AI is on, the providers' state and this UTC month's budget and spending.")
            .WithDescription("`enabled` is false when no chat provider is configured (instance settings `Zeron__Llm__Anthropic__ApiKey`, " +
                "`Zeron__Llm__OpenAI__ApiKey`, or an organization connection of kind `anthropic`/`openai`): every AI feature is then skipped. " +
                "A provider's `state` is `ok`, `cooldown` (after repeated failures or a `Retry-After`, until `until`) or `off`. " +
                "`spentUsd` is this UTC month's settled cost plus what calls in flight hold; `monthlyBudgetUsd` null means no limit. " +
                "When `spentUsd` reaches the budget, new calls are refused (`ai.budget_exceeded`) until the next month or a higher budget.")
            .Produces<AiStatusDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, AiExamples.Status);

    private static async Task<IResult> HandleAsync(Guid orgId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAiStatusQuery(orgId), ct));
}
