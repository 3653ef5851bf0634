using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using AwesomeAssertions;

using Xunit;

using Zeron.Integrations.Jira.Adf;

using static Zeron.UnitTests.Integrations.Jira.Adf.AdfJson;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

/// <summary>Ticket text is untrusted: it must not forge Markdown structure, and no nesting may exhaust the stack.</summary>
public sealed class AdfHostileInputTests
{
    [Theory]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("+ nor this")]
    [InlineData("1. not ordered")]
    [InlineData("1986) a year")]
    [InlineData("> not a quote")]
    [InlineData("```not code```")]
    [InlineData("~~~")]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("===")]
    [InlineData("*not em* _nor_ **this** __or__ ~~that~~")]
    [InlineData("[not](https://a.link) ![no](https://image) [ref]: https://x")]
    [InlineData("<script>alert(1)</script> <https://not.autolink> <b>")]
    [InlineData("&amp; &#42; stay as typed")]
    [InlineData("a | b | c")]
    [InlineData("back\\slash \\* \\\\")]
    [InlineData("snake_case_name and 2*3*4")]
    [InlineData("trailing hashes ##")]
    [InlineData("@Jane Doe is only text here")]
    [InlineData("`` ` `` and ` and ``")]
    public void Text_that_looks_like_markdown_reads_back_as_the_same_text(string text)
    {
        var markdown = ToMarkdown(Doc(Paragraph(Text(text))));

        ShouldEqual(ToAdf(markdown, [new JiraMention("id", "Jane Doe")]), Doc(Paragraph(Text(text))));
    }

    [Theory]
    [InlineData("Title # with hash ##")]
    [InlineData("**not bold** # x")]
    public void Heading_text_reads_back_as_the_same_heading(string text)
    {
        var heading = $$"""{"type":"heading","attrs":{"level":2},"content":[{{Text(text)}}]}""";

        ShouldEqual(ToAdf(ToMarkdown(Doc(heading))), Doc(heading));
    }

    [Fact]
    public void Newlines_inside_text_are_hard_breaks_and_each_new_line_is_escaped_again() =>
        ShouldEqual(ToAdf(ToMarkdown(Doc(Paragraph(Text("first\n# second\n- third", "strong"))))), Doc(Paragraph(
            Text("first", "strong"), """{"type":"hardBreak"}""", Text("# second", "strong"), """{"type":"hardBreak"}""", Text("- third", "strong"))));

    [Fact]
    public void Code_never_breaks_out_of_its_span_or_fence()
    {
        var adf = Doc(Paragraph(Text("a ``` b", "code")), """{"type":"codeBlock","attrs":{"language":"js\n# x`"},"content":[{"type":"text","text":"```\n# not a heading\n```"}]}""");

        ShouldEqual(ToAdf(ToMarkdown(adf)), Doc(Paragraph(Text("a ``` b", "code")),
            """{"type":"codeBlock","attrs":{"language":"js#x"},"content":[{"type":"text","text":"```\n# not a heading\n```"}]}"""));
    }

    [Fact]
    public void A_link_address_cannot_end_the_link_early() =>
        ShouldEqual(ToAdf(ToMarkdown(Doc(Paragraph(Text("x", "link:https://e.com/a) [y](https://evil.example"))))),
            Doc(Paragraph(Text("x", "link:https://e.com/a)%20[y](https://evil.example"))));

    [Fact]
    public void Adf_nested_far_deeper_than_the_limit_keeps_its_text_and_stays_shallow()
    {
        var adf = Nested(2_000, """{"type":"blockquote","content":[""", "]}", Paragraph(Text("deep text")));

        var markdown = AdfToMarkdown.Convert(adf);

        markdown.Contains("deep text", StringComparison.Ordinal).Should().BeTrue();
        markdown.Split('\n').Max(line => line.TakeWhile(c => c is '>' or ' ').Count(c => c == '>')).Should().BeLessThanOrEqualTo(AdfLimits.ReadDepth);
    }

    [Fact]
    public void Json_beyond_what_the_parser_accepts_gives_its_text_escaped() =>
        AdfToMarkdown.Convert(Nested(AdfLimits.JsonDepth, """{"type":"bulletList","content":[""", "]}", Paragraph(Text("# deep"), Text("*text*"))))
            .Should().Be("\\# deep \\*text\\*");

    [Theory]
    [InlineData("""{"type":"doc","content":[{"type":"weird","content":[{"type":"text","text":"kept"}]},42,null,{"no":"type"},{"type":"paragraph","content":"x"}]}""", "kept")]
    [InlineData("""{"type":"paragraph","content":[{"type":"text","text":"a root that is no doc"}]}""", "a root that is no doc")]
    [InlineData("""{"version":1,"type":"doc","content":[{"type":"text","text":"text straight in the doc"},{"type":"heading","attrs":{"level":99},"content":[{"type":"text","text":"h"}]}]}""", "text straight in the doc\n\n###### h")]
    [InlineData("{not json", "{not json")]
    [InlineData("""{"type":"doc","content":[{"type":"text","text":"before the error"},""", "before the error")]
    [InlineData("\"an old plain-text field\"", "an old plain-text field")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Malformed_or_unexpected_documents_give_their_text_and_never_throw(string? json, string markdown) =>
        AdfToMarkdown.Convert(json).Should().Be(markdown);

    [Theory]
    [InlineData(">", 100_000)]
    [InlineData("- ", 20_000)]
    [InlineData("[", 100_000)]
    public void Markdown_too_deep_for_markdig_keeps_its_text(string prefix, int times)
    {
        var doc = ToAdf(string.Concat(Enumerable.Repeat(prefix, times)) + "kept");

        PlainText(doc).Should().Contain("kept");
    }

    [Fact]
    public void Emphasis_nested_thousands_deep_is_flattened_to_marked_text()
    {
        var doc = ToAdf(new string('*', 50_000) + "kept" + new string('*', 50_000));

        PlainText(doc).Should().Contain("kept");
        JsonDocument.Parse(doc.ToJsonString()).RootElement.GetProperty("type").GetString().Should().Be("doc", "the default 64-level reader accepts it");
    }

    [Fact]
    public void Lists_nested_past_the_write_limit_keep_every_item_and_a_depth_jira_reads()
    {
        var markdown = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- item" + i + "\n"));

        var doc = ToAdf(markdown);

        var text = PlainText(doc);
        Enumerable.Range(0, 40).Should().OnlyContain(i => text.Contains("item" + i + " ", StringComparison.Ordinal) || text.EndsWith("item" + i, StringComparison.Ordinal));
        JsonDocument.Parse(doc.ToJsonString()).RootElement.GetProperty("version").GetInt32().Should().Be(1, "the default 64-level reader accepts it");
    }

    private static string Nested(int depth, string open, string close, string inner) =>
        """{"type":"doc","version":1,"content":[""" + new StringBuilder().Insert(0, open, depth) + inner + new StringBuilder().Insert(0, close, depth) + "]}";

    private static string PlainText(JsonNode doc) => string.Join(" ", Texts(doc));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when o["text"] is JsonValue v && o["type"]?.GetValue<string>() == "text" => [v.GetValue<string>()],
        JsonObject o => o["content"] is JsonArray a ? a.SelectMany(Texts) : [],
        _ => [],
    };
}
