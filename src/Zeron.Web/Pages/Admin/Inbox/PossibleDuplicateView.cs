using Zeron.Feedback.Contracts.Items;

namespace Zeron.Web.Pages.Admin.Inbox;

/// <summary>What <c>_PossibleDuplicate</c> shows: the badge, and on the item page the one-click "Mark as duplicate of this".</summary>
public sealed record PossibleDuplicateView(Guid ItemId, PossibleDuplicateDto Candidate, bool WithAction)
{
    public string Label => $"Possible duplicate ({Candidate.Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})";
}
