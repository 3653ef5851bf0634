using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.UpdateFeedbackItem;

internal sealed record UpdateFeedbackItemRequest(FeedbackStatus? Status = null, IReadOnlyList<string>? Tags = null);

internal static class UpdateFeedbackItemEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPatch("/feedback/{id:guid}", HandleAsync)
            .WithName("UpdateFeedback")
            .WithSummary("Change status (New, Triaged, Planned, InProgress, Done, Closed, Spam) and/or tags (the list is replaced).")
            .Produces<FeedbackItemDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample(new UpdateFeedbackItemRequest(FeedbackStatus.Triaged, ["checkout", "safari"]))
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Item);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid id, UpdateFeedbackItemRequest request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateFeedbackItemCommand(orgId, id, request.Status, request.Tags), ct)).ToHttpResult(TypedResults.Ok);
}
