using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
        if (!request.TryGetDuplicateLink(out var link))
        {
            return LinkProblem("Must be the id (a UUID) of another item of the same project, or null for \"not a duplicate\".");
        }

        var result = await sender.Send(new UpdateFeedbackItemCommand(orgId, id, request.Status, request.Tags, link), ct);
        return !result.IsSuccess && DuplicateLinks.IsLinkError(result.Error!) ? LinkProblem(result.Error!.Message) : result.ToHttpResult(TypedResults.Ok);
    }

    private static ValidationProblem LinkProblem(string message) =>
        ApiProblems.Validation(new Dictionary<string, string[]> { [DuplicateLinks.Field] = [message] });
}
