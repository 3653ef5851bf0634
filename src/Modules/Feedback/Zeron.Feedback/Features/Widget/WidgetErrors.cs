using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Features.Widget;

internal static class WidgetErrors
{
    /// <summary>Unknown, malformed and rotated keys look the same from outside.</summary>
    public static readonly Error UnknownKey = Error.NotFound("widget.unknown_key", "No project has this key.");

    /// <summary>Unknown id and wrong token look the same from outside, so ids cannot be probed.</summary>
    public static readonly Error ConversationNotFound = Error.NotFound("widget.conversation_not_found", "Conversation not found.");

    public static readonly Error OriginNotAllowed = Error.Forbidden("widget.origin_not_allowed", "This site is not allowed to use the project's widget.");
}
