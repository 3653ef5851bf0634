using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Domain;
using Zeron.Feedback.Triage;

namespace Zeron.UnitTests.Feedback.Triage;

/// <summary>Each field of the model's answer is repaired or rejected by the rules of ADR 29.</summary>
public sealed class TriageAnswerTests
{
    private static readonly string[] Categories = ["bug", "idea", "question", "praise", "other"];
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_valid_answer_is_stored_as_given()
    {
        var (summary, problem) = Parse("""{"title":"Checkout fails on Safari","category":"bug","sentiment":-0.6,"priority":"high","language":"en"}""");

        problem.Should().BeNull();
        summary.Should().Be(new TriageSummary("Checkout fails on Safari", "bug", -0.6, FeedbackPriority.High, "en", Now, "model-x"));
    }

    [Fact]
    public void Repairable_fields_are_repaired()
    {
        var longTitle = new string('a', 79) + "😀 and more";
        var (summary, _) = Parse(
            $$"""
            ```json
            {"title":"  {{longTitle}}  ","category":" BUG ","sentiment":-7,"priority":"URGENT","language":"pt-BR","extra":1}
            ```
            """);

        summary!.Title.Should().Be(new string('a', 79), "the emoji would end past 80 characters, and is never cut in half");
        summary.Category.Should().Be("bug");
        summary.Sentiment.Should().Be(-1);
        summary.Priority.Should().Be(FeedbackPriority.Urgent);
        summary.Language.Should().Be("pt");
    }

    [Fact]
    public void Whitespace_and_control_characters_in_the_title_collapse_to_single_spaces()
    {
        var (summary, _) = Parse("""{"title":"Login\n\n\tbroken\u0007 again","category":"bug","sentiment":2,"priority":"low","language":"de"}""");

        summary!.Title.Should().Be("Login broken again");
        summary.Sentiment.Should().Be(1);
    }

    [Theory]
    [InlineData("not json at all", "JSON object")]
    [InlineData("""{"title":"x","category":"bug","sentiment":0.1,"priority":"low""", "JSON object")]
    [InlineData("""["a"]""", "JSON object")]
    [InlineData("""{"category":"bug","sentiment":0.1,"priority":"low","language":"en"}""", "\"title\"")]
    [InlineData("""{"title":"   ","category":"bug","sentiment":0.1,"priority":"low","language":"en"}""", "\"title\"")]
    [InlineData("""{"title":"x","category":"billing","sentiment":0.1,"priority":"low","language":"en"}""", "\"category\" must be one of: bug, idea")]
    [InlineData("""{"title":"x","category":"bug","sentiment":"0.1","priority":"low","language":"en"}""", "\"sentiment\"")]
    [InlineData("""{"title":"x","category":"bug","priority":"low","language":"en"}""", "\"sentiment\"")]
    [InlineData("""{"title":"x","category":"bug","sentiment":0.1,"priority":"critical","language":"en"}""", "\"priority\"")]
    [InlineData("""{"title":"x","category":"bug","sentiment":0.1,"priority":"2","language":"en"}""", "\"priority\"")]
    [InlineData("""{"title":"x","category":"bug","sentiment":0.1,"priority":"low","language":"english"}""", "\"language\"")]
    [InlineData("""{"title":"x","category":"bug","sentiment":0.1,"priority":"low","language":"e1"}""", "\"language\"")]
    [InlineData("""{"title":7,"category":"bug","sentiment":0.1,"priority":"low","language":"en"}""", "\"title\"")]
    public void Answers_that_break_a_rule_are_rejected_with_the_reason(string answer, string reason)
    {
        var (summary, problem) = Parse(answer);

        summary.Should().BeNull();
        problem.Should().Contain(reason);
    }

    private static (TriageSummary? Summary, string? Problem) Parse(string answer) => TriageAnswer.Parse(answer, Categories, "model-x", Now);
}
