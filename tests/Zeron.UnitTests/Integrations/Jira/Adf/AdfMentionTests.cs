using AwesomeAssertions;

using Xunit;

using Zeron.Integrations.Jira.Adf;

using static Zeron.UnitTests.Integrations.Jira.Adf.AdfJson;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

/// <summary>
/// A mention is <c>@Display Name</c> in Markdown. Back to ADF only when unambiguous: the caller names the people who
/// may be mentioned, the longest known name wins, a name two accounts share stays text, and so does an escaped
/// <c>\@</c> (which is how plain text that merely looks like a mention is written).
/// </summary>
public sealed class AdfMentionTests
{
    private static readonly JiraMention[] People =
    [
        new("id-jane-doe", "Jane Doe"), new("id-jane", "Jane"), new("id-sam-1", "Sam"), new("id-sam-2", "Sam"),
    ];

    private const string JaneDoe = """{"type":"mention","attrs":{"id":"id-jane-doe","text":"@Jane Doe"}}""";

    [Fact]
    public void The_longest_known_name_after_an_at_sign_becomes_a_mention() =>
        ShouldEqual(ToAdf("@Jane Doe and @Jane, please look", People), Doc(Paragraph(
            JaneDoe, Text(" and "), """{"type":"mention","attrs":{"id":"id-jane","text":"@Jane"}}""", Text(", please look"))));

    [Theory]
    [InlineData("ask @Sam", "ask @Sam")]
    [InlineData("mail jo@Jane.example", "mail jo@Jane.example")]
    [InlineData("@Janet is someone else", "@Janet is someone else")]
    [InlineData("\\@Jane Doe", "@Jane Doe")]
    public void Ambiguous_unknown_escaped_or_in_word_names_stay_text(string markdown, string text) =>
        ShouldEqual(ToAdf(markdown, People), Doc(Paragraph(Text(text))));

    [Fact]
    public void Code_and_link_text_never_hold_mentions() =>
        ShouldEqual(ToAdf("`@Jane` [@Jane](https://example.com)", People),
            Doc(Paragraph(Text("@Jane", "code"), Text(" "), Text("@Jane", "link:https://example.com"))));

    [Fact]
    public void Without_a_directory_nothing_becomes_a_mention() =>
        ShouldEqual(ToAdf("@Jane Doe"), Doc(Paragraph(Text("@Jane Doe"))));

    [Fact]
    public void A_mention_goes_to_markdown_and_back_while_text_that_looks_like_one_stays_text()
    {
        var adf = Doc(Paragraph(JaneDoe, Text(" wrote @Jane Doe ")));

        var markdown = ToMarkdown(adf);

        markdown.Should().Be("@Jane Doe wrote \\@Jane Doe");
        ShouldEqual(ToAdf(markdown, People), Doc(Paragraph(JaneDoe, Text(" wrote @Jane Doe"))));
    }

    [Fact]
    public void A_mention_without_text_shows_its_account_id() =>
        ToMarkdown(Doc(Paragraph("""{"type":"mention","attrs":{"id":"557058:f00"}}"""))).Should().Be("@557058:f00");
}
