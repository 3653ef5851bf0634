using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.GetFeedbackItem;

internal static class GetFeedbackItemEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/feedback/{id:guid}", HandleAsync)
            .WithName("GetFeedback")
            .WithSummary("One feedback item with its conversation and duplicate count.")
            .Produces<FeedbackItemDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.ItemDetail);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetFeedbackItemQuery(orgId, id), ct)).ToHttpResult(TypedResults.Ok);
}
