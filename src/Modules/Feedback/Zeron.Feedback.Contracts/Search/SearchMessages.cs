using System.ComponentModel;
using Mediator;
using Zeron.Feedback.Contracts.Items;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Search;

/// <summary>
/// Hybrid search of one project's feedback: by meaning (the text's embedding) and by words (full text, web-search
/// syntax), fused by reciprocal rank. With embeddings off or failing it answers by words alone (<see cref="FeedbackSearchDto.Semantic"/> false).
/// </summary>
public sealed record SearchFeedbackQuery(Guid OrganizationId, Guid ProjectId, string Text, int Limit = SearchFeedbackQuery.DefaultLimit)
    : IQuery<Result<FeedbackSearchDto>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
    public const int MaxTextLength = 500;
}

public sealed record FeedbackSearchDto(
    string Query,
    [property: Description("True when the search also ranked by meaning; false when embeddings are off or failed (words only).")]
    bool Semantic,
    IReadOnlyList<FeedbackSearchHitDto> Items);

public sealed record FeedbackSearchHitDto(
    FeedbackItemDto Item,
    [property: Description("Reciprocal-rank fusion score (k = 60): the sum of 1 / (60 + rank) over the lists that found the item.")]
    double Score,
    [property: Description("Which lists found it: `semantic` (near in meaning), `keyword` (the words match).")]
    IReadOnlyList<string> MatchedBy);

/// <summary>The values of <see cref="FeedbackSearchHitDto.MatchedBy"/>.</summary>
public static class SearchMatch
{
    public const string Semantic = "semantic";
    public const string Keyword = "keyword";
}

/// <summary>The items of the same project nearest in meaning to one item (never itself), most similar first.</summary>
public sealed record GetSimilarFeedbackQuery(Guid OrganizationId, Guid ItemId, int Limit = GetSimilarFeedbackQuery.DefaultLimit)
    : IQuery<Result<SimilarFeedbackDto>>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
}

public sealed record SimilarFeedbackDto(
    IReadOnlyList<SimilarFeedbackItemDto> Items,
    [property: Description("True when the item has no embedding yet (it is computed shortly after submission): ask again later.")]
    bool Pending);

public sealed record SimilarFeedbackItemDto(
    FeedbackItemDto Item,
    [property: Description("Cosine similarity of the two messages' embeddings, 0..1.")]
    double Similarity);
