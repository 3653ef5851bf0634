using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Assistant;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Domain;

namespace Zeron.UnitTests.Feedback.Assistant;

public sealed class AssistantTurnTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_submission_gets_a_turn_once()
    {
        var first = Message(MessageAuthor.Submitter, 0);
        AssistantTurn.IsDue([first], trigger: null).Should().BeTrue();
        AssistantTurn.IsDue([first, Message(MessageAuthor.Assistant, 1)], trigger: null).Should().BeFalse("a duplicate job finds the question asked");
        AssistantTurn.IsDue([], trigger: null).Should().BeFalse("no conversation, nothing to ask about");
    }

    [Fact]
    public void The_first_answer_to_the_latest_question_gets_a_turn_and_nothing_else_does()
    {
        var first = Message(MessageAuthor.Submitter, 0);
        var question = Message(MessageAuthor.Assistant, 1);
        var answer = Message(MessageAuthor.Submitter, 2);
        var more = Message(MessageAuthor.Submitter, 3);
        List<ConversationMessage> messages = [first, question, answer, more];

        AssistantTurn.IsDue(messages, answer.Id).Should().BeTrue();
        AssistantTurn.IsDue(messages, more.Id).Should().BeFalse("a second reply in a row is no new turn");
        AssistantTurn.IsDue(messages, first.Id).Should().BeFalse();
        AssistantTurn.IsDue([first, more], more.Id).Should().BeFalse("without a question, a reply is no answer");
    }

    [Fact]
    public void Two_questions_are_the_most_and_an_answer_after_them_gets_no_turn()
    {
        var answer = Message(MessageAuthor.Submitter, 4);
        List<ConversationMessage> messages =
        [
            Message(MessageAuthor.Submitter, 0), Message(MessageAuthor.Assistant, 1), Message(MessageAuthor.Submitter, 2),
            Message(MessageAuthor.Assistant, 3), answer,
        ];

        AssistantTurn.IsDue(messages, answer.Id).Should().BeFalse();
        AssistantTurn.MaxQuestions.Should().Be(2);
    }

    [Fact]
    public void An_admin_reply_pauses_the_assistant_for_good()
    {
        var answer = Message(MessageAuthor.Submitter, 3);
        List<ConversationMessage> messages =
            [Message(MessageAuthor.Submitter, 0), Message(MessageAuthor.Assistant, 1), Message(MessageAuthor.Admin, 2), answer];

        AssistantTurn.IsDue(messages, answer.Id).Should().BeFalse();
        AssistantTurn.IsDue([Message(MessageAuthor.Submitter, 0), Message(MessageAuthor.Admin, 1)], null).Should().BeFalse();
    }

    private static ConversationMessage Message(MessageAuthor author, int minute) => new()
    {
        Id = Guid.CreateVersion7(),
        Author = author,
        Body = $"{author} at {minute}",
        CreatedAt = T0.AddMinutes(minute),
    };
}
