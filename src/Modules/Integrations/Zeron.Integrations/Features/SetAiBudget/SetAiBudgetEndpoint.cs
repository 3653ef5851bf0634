using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Ai;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Features.SetAiBudget;

/// <param name="MonthlyUsd">USD per UTC month, 0 to 1,000,000 with at most 2 decimals; null (or absent) removes the limit.</param>
internal sealed record SetAiBudgetRequest([property: Description("USD per UTC month (0–1,000,000, at most 2 decimals); null: no limit.")] decimal? MonthlyUsd = null);

internal static class SetAiBudgetEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPut("/ai/budget", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("SetAiBudget")
            .WithSummary("Set the organization's monthly AI budget in USD (null: no limit); answers the AI status.")
            .WithDescription("Every model call reserves its worst-case cost against the budget before it is made and settles its real cost after; " +
                "a call that would go over is refused with `ai.budget_exceeded`. 0 stops all AI calls. A lower budget than already spent refuses " +
                "new calls for the rest of the UTC month.")
            .Produces<AiStatusDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample(new SetAiBudgetRequest(25m))
            .WithResponseExample(StatusCodes.Status200OK, AiExamples.Status);

    private static async Task<IResult> HandleAsync(Guid orgId, SetAiBudgetRequest request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetAiBudgetCommand(orgId, request.MonthlyUsd), ct));
}
