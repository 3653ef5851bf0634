using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Domain;

namespace Zeron.Feedback.Assistant;

/// <summary>
/// When the assistant may speak, read from the conversation itself (no state of its own): at most
/// <see cref="MaxQuestions"/> questions per conversation, none once an admin has replied, and only at two moments:
/// right after the submission (the conversation's first message; the trigger is null) and right after the submitter's
/// first answer to its latest question (the trigger is that answer). Any other message (a second reply in a row, a
/// duplicate job) is no turn.
/// </summary>
internal static class AssistantTurn
{
    public const int MaxQuestions = 2;

    /// <param name="messages">The item's conversation, oldest first.</param>
    /// <param name="trigger">The submitter message that asked for a turn, or null for the submission itself.</param>
    public static bool IsDue(IReadOnlyList<ConversationMessage> messages, Guid? trigger)
    {
        if (messages.Any(m => m.Author == MessageAuthor.Admin))
        {
            return false; // an admin took over: the assistant is paused for good
        }

        var asked = messages.Count(m => m.Author == MessageAuthor.Assistant);
        if (trigger is null)
        {
            return asked == 0 && messages.Count > 0;
        }

        if (asked == 0 || asked >= MaxQuestions)
        {
            return false;
        }

        var lastQuestion = messages.Select((m, i) => (m, i)).Last(x => x.m.Author == MessageAuthor.Assistant).i;
        var firstAnswer = messages.Skip(lastQuestion + 1).FirstOrDefault(m => m.Author == MessageAuthor.Submitter);
        return firstAnswer?.Id == trigger;
    }

    /// <summary>The assistant's question joins the conversation; the returned event is for the outbox (webhooks, analytics).</summary>
    public static (ConversationMessage Message, FeedbackMessageAdded Added) Ask(FeedbackItem item, string question, DateTimeOffset now)
    {
        var message = new ConversationMessage
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = item.OrganizationId,
            FeedbackItemId = item.Id,
            Author = MessageAuthor.Assistant,
            Body = question,
            CreatedAt = now,
        };
        return (message, new FeedbackMessageAdded(Guid.CreateVersion7(), now, item.OrganizationId, item.ProjectId, item.Id, message.Id));
    }
}
