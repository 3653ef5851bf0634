using System.Text.Json.Nodes;

using AwesomeAssertions;

using Xunit;

using Zeron.Integrations.Jira.Adf;

using static Zeron.UnitTests.Integrations.Jira.Adf.AdfJson;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

public sealed class AdfRoundTripTests
{
    // Every supported construct in the form MarkdownToAdf writes it.
    private const string Markdown = """
        # Release **notes**

        Intro with *em*, ~~strike~~, `code`, a [link](https://example.com/x) and @Jane Doe.\
        Second line.

        - one
          - nested *two*
            1. deep
        - three

        5. five
        6. six

        ```json
        {"a": [1, 2]}
        ```

        > quoted
        >
        > - in quote

        ---

        ###### Six
        """;

    private static readonly JiraMention[] People = [new("id-jane", "Jane Doe")];

    [Fact]
    public void Markdown_to_adf_and_back_gives_the_same_markdown() =>
        AdfToMarkdown.Convert(ToAdf(Markdown, People).ToJsonString()).Should().Be(Markdown.ReplaceLineEndings("\n"));

    [Fact]
    public void Adf_to_markdown_and_back_gives_the_same_adf()
    {
        var adf = ToAdf(Markdown, People);

        var again = ToAdf(AdfToMarkdown.Convert(adf.ToJsonString()), People);

        JsonNode.DeepEquals(adf, again).Should().BeTrue("{0} came back as {1}", adf.ToJsonString(), again.ToJsonString());
        adf["content"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()).Should().Equal(
            "heading", "paragraph", "bulletList", "orderedList", "codeBlock", "blockquote", "rule", "heading");
    }

    [Fact]
    public void A_jira_shaped_description_survives_the_round_trip()
    {
        // As Jira returns it: marks in its own order, attrs Zeron does not write (localId, accessLevel), no order on a list.
        const string jira = """
            {"version":1,"type":"doc","content":[
              {"type":"paragraph","attrs":{"localId":"p1"},"content":[
                {"type":"text","text":"Steps","marks":[{"type":"em"},{"type":"strong"}]},
                {"type":"text","text":" for "},
                {"type":"mention","attrs":{"id":"id-jane","text":"@Jane Doe","accessLevel":""}}]},
              {"type":"orderedList","content":[
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"open /settings_page"}]}]},
                {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"press *Save* [twice]"}]}]}]},
              {"type":"codeBlock","attrs":{"language":"text"},"content":[{"type":"text","text":"Error: **boom**"}]}]}
            """;

        ShouldEqual(ToAdf(AdfToMarkdown.Convert(jira), People), Doc(
            Paragraph(Text("Steps", "strong", "em"), Text(" for "), """{"type":"mention","attrs":{"id":"id-jane","text":"@Jane Doe"}}"""),
            $$"""{"type":"orderedList","attrs":{"order":1},"content":[{"type":"listItem","content":[{{Paragraph(Text("open /settings_page"))}}]},{"type":"listItem","content":[{{Paragraph(Text("press *Save* [twice]"))}}]}]}""",
            """{"type":"codeBlock","attrs":{"language":"text"},"content":[{"type":"text","text":"Error: **boom**"}]}"""));
    }
}
