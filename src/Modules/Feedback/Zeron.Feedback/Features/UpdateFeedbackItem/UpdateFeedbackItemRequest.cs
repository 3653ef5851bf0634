using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Zeron.Feedback.Contracts.Items;

namespace Zeron.Feedback.Features.UpdateFeedbackItem;

/// <summary>
/// The PATCH body: only the fields sent change. <see cref="DuplicateOfId"/> tells "absent" (keep the link) from an
/// explicit null (not a duplicate any more), so it remembers whether the body set it; it is read as text, so a value
/// that is no UUID is refused naming the field rather than as an unreadable body.
/// </summary>
internal sealed class UpdateFeedbackItemRequest
{
    private const string UuidPattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private readonly string? duplicateOfId;

    public FeedbackStatus? Status { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The original's id (another item of the same project); null: not a duplicate. Left out: unchanged.</summary>
    /// <remarks>Not written when null, so the documented example (which leaves it out) does not read as "unlink".</remarks>
    [RegularExpression(UuidPattern)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DuplicateOfId
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

    /// <summary>
    /// The link to set (null when the body left <c>duplicateOfId</c> out); false when the value sent is no UUID.
    /// </summary>
    public bool TryGetDuplicateLink(out DuplicateLink? link)
    {
        link = null;
        if (!DuplicateOfIdSent)
        {
            return true;
        }

        if (DuplicateOfId is null)
        {
            link = new DuplicateLink(null);
            return true;
        }

        if (!Guid.TryParseExact(DuplicateOfId, "D", out var id))
        {
            return false;
        }

        link = new DuplicateLink(id);
        return true;
    }
}
