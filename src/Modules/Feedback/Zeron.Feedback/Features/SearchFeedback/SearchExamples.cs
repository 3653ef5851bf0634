using Zeron.Feedback.Contracts.Search;

namespace Zeron.Feedback.Features.SearchFeedback;

/// <summary>The OpenAPI examples of search and similar items (see <see cref="FeedbackExamples"/>).</summary>
internal static class SearchExamples
{
    public static readonly FeedbackSearchDto Search = new("can't pay on my iPhone", Semantic: true,
        [new FeedbackSearchHitDto(FeedbackExamples.Item, 0.032522, [SearchMatch.Semantic, SearchMatch.Keyword])]);

    public static readonly SimilarFeedbackDto Similar = new([new SimilarFeedbackItemDto(FeedbackExamples.Item, 0.91)], Pending: false);
}
