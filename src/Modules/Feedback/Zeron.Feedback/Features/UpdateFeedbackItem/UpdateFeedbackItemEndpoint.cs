using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Features.MarkDuplicate;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.UpdateFeedbackItem;

internal static class UpdateFeedbackItemEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapPatch("/feedback/{id:guid}", HandleAsync)
            .WithName("UpdateFeedback")
            .WithSummary("Change status (New, Triaged, Planned, InProgress, Done, Closed, Spam), tags (the list is replaced) and/or the duplicate link.")
            .WithDescription("Only the fields sent change. `duplicateOfId` links the item to its original, another item of the same project (a duplicate's "
                + "own original is used); `null` unlinks it. An id that is not such an item, the item itself or one of its duplicates is a 400 "
                + "naming `duplicateOfId`, and nothing changes.")
            .Produces<FeedbackItemDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestExample(new UpdateFeedbackItemRequest { Status = FeedbackStatus.Triaged, Tags = ["checkout", "safari"] })
            .WithResponseExample(StatusCodes.Status200OK, FeedbackExamples.Item);

    private static async Task<IResult> HandleAsync(Guid orgId, Guid id, UpdateFeedbackItemRequest request, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new UpdateFeedbackItemCommand(orgId, id, request.Status, request.Tags, request.ToDuplicateLink()), ct);
        return !result.IsSuccess && DuplicateLinks.IsLinkError(result.Error!)
            ? ApiProblems.Validation(new Dictionary<string, string[]> { [DuplicateLinks.Field] = [result.Error!.Message] })
            : result.ToHttpResult(TypedResults.Ok);
    }
}
