using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Integrations.Contracts.Ai;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.Integrations.Features.GetAiUsage;

internal static class GetAiUsageEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/ai/usage", HandleAsync)
            .RequireOrganizationRole(OrganizationRole.Admin)
            .WithName("GetAiUsage")
            .WithSummary("The organization's model calls and their cost, summed per UTC day, feature or model.")
            .WithDescription("`from`/`to`: UTC days (`yyyy-MM-dd`), both included, at most 366 days; the default is this UTC month so far. " +
                "`groupBy`: `day` (the default; every day of the span, zeros included), `feature` (`conversation`, `triage`, `agent`, `validator`, `embedding`) " +
                "or `model` (`provider/model`). Only settled calls count: a call in flight holds a reservation against the budget (see `…/ai/status`, " +
                "`spentUsd`) until it is settled with the tokens the provider reported. `inputTokens` is uncached input; cache writes and reads are apart.")
            .Produces<AiUsageReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, AiExamples.Usage);

    private static async Task<IResult> HandleAsync(
        Guid orgId,
        [Description("First UTC day, included (default: the first of this month).")] DateOnly? from,
        [Description("Last UTC day, included (default: today).")] DateOnly? to,
        [Description("`day` (default), `feature` or `model`.")] string? groupBy,
        ISender sender, TimeProvider clock, CancellationToken ct)
    {
        if (!AiUsageGroupings.TryParse(groupBy, out var grouping))
        {
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["groupBy"] = [$"Unknown groupBy '{groupBy}'. Use: day, feature, model."] });
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(await sender.Send(new GetAiUsageQuery(orgId, from ?? today.AddDays(1 - today.Day), to ?? today, grouping), ct));
    }
}
