using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zeron.Feedback.Contracts.Search;
using Zeron.SharedKernel.Http;

namespace Zeron.Feedback.Features.SearchFeedback;

internal static class SearchFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder org) =>
        org.MapGet("/projects/{projectId:guid}/feedback/search", HandleAsync)
            .WithName("SearchFeedback")
            .WithSummary("A project's feedback ranked by meaning and by words (hybrid search).")
            .WithDescription("Two lists, fused by reciprocal rank (k = 60): the items nearest in meaning to `q` (its embedding) and the items " +
                "whose words match `q` (full text, web-search syntax). Each hit says which lists found it (`matchedBy`) and its fused `score`. " +
                "With embeddings off or failing the answer ranks by words only and says `semantic: false`. `q`: 1–500 characters; `limit`: 1–50, default 20.")
            .Produces<FeedbackSearchDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithResponseExample(StatusCodes.Status200OK, SearchExamples.Search);

    private static async Task<IResult> HandleAsync(
        Guid orgId, Guid projectId,
        [Description("What to look for: a sentence (by meaning) or words (web-search syntax).")] string? q,
        [Range(1, SearchFeedbackQuery.MaxLimit), DefaultValue(SearchFeedbackQuery.DefaultLimit)] int? limit,
        ISender sender, CancellationToken ct) =>
        (await sender.Send(new SearchFeedbackQuery(orgId, projectId, q ?? "", limit ?? SearchFeedbackQuery.DefaultLimit), ct)).ToHttpResult(TypedResults.Ok);
}
