using Zeron.Feedback.Contracts.Widget;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Features.Widget;

internal static class ConversationMapping
{
    /// <summary>Authors go out in lower case (<c>submitter</c>, <c>admin</c>, <c>assistant</c>): the widget's contract.</summary>
    public static WidgetMessageDto ToWidgetDto(this ConversationMessage m) =>
        new(m.Id, m.Author.ToString().ToLowerInvariant(), m.Body, m.CreatedAt);
}
