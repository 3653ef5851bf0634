using System.Text.Json.Serialization;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.UpdateFeedbackItem;

/// <summary>
/// The PATCH body: only the fields sent change. <see cref="DuplicateOfId"/> tells "absent" (keep the link) from an
/// explicit null (not a duplicate any more), so it remembers whether the body set it.
/// </summary>
internal sealed class UpdateFeedbackItemRequest
{
    private readonly Guid? duplicateOfId;

    public FeedbackStatus? Status { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The original this item duplicates (same project); null: not a duplicate. Left out: unchanged.</summary>
    /// <remarks>Not written when null, so the documented example (which leaves it out) does not read as "unlink".</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? DuplicateOfId
    {
        get => duplicateOfId;
        init
        {
            duplicateOfId = value;
            DuplicateOfIdSent = true;
        }
    }

    [JsonIgnore]
    public bool DuplicateOfIdSent { get; private init; }

    /// <summary>The link to set, or null when the body left <c>duplicateOfId</c> out.</summary>
    public DuplicateLink? ToDuplicateLink() => DuplicateOfIdSent ? new DuplicateLink(DuplicateOfId) : null;
}
