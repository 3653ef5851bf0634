using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Search;
using Zeron.Feedback.Features.SearchFeedback;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.GetSimilarFeedback;

internal static class GetSimilarFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/feedback/{id:guid}/similar", HandleAsync)
            .WithName("GetSimilarFeedback")
            .WithSummary("The items of the same project nearest in meaning to this one, most similar first.")
            .WithDescription("Never the item itself, never another project's. `similarity` is the cosine similarity of the embeddings (0..1). " +
                "An item not embedded yet answers no items and `pending: true`. `limit`: 1–50, default 10.")
            .Produces<SimilarFeedbackDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, SearchExamples.Similar);

    private static async Task<IResult> HandleAsync(
        Guid orgId, Guid id, [Range(1, GetSimilarFeedbackQuery.MaxLimit), DefaultValue(GetSimilarFeedbackQuery.DefaultLimit)] int? limit,
        ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetSimilarFeedbackQuery(orgId, id, limit ?? GetSimilarFeedbackQuery.DefaultLimit), ct)).ToHttpResult(TypedResults.Ok);
}
