using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.ListFeedback;

/// <summary>The <c>sort</c> query parameter: <c>newest</c> (also when absent) or <c>activity</c>, any case.</summary>
internal static class FeedbackSorts
{
    public static bool TryParse(string? value, out FeedbackSort sort)
    {
        sort = FeedbackSort.Newest;
        if (string.IsNullOrEmpty(value) || value.Equals("newest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value.Equals("activity", StringComparison.OrdinalIgnoreCase))
        {
            sort = FeedbackSort.Activity;
            return true;
        }

        return false;
    }
}
