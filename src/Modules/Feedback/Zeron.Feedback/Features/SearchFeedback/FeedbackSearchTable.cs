using Zeron.SharedKernel.Search;

namespace Zeron.Feedback.Features.SearchFeedback;

/// <summary>Feedback items as a <see cref="SearchTable"/>: scoped by organization and project.</summary>
internal static class FeedbackSearchTable
{
    public static readonly SearchTable Items = new(
        "feedback.feedback_items", "id", "embedding", "embedding_model", "search_vector", "simple", "organization_id", "project_id")
    {
        KeywordFunction = "feedback.feedback_items_by_words", // migration KeywordSearchFunction
    };

    public static SearchScope Scope(Guid organizationId, Guid projectId) => new(organizationId, projectId);
}
