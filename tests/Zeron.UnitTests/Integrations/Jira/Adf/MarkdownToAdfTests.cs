using AwesomeAssertions;

using Xunit;

using static Zeron.UnitTests.Integrations.Jira.Adf.AdfJson;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

public sealed class MarkdownToAdfTests
{
    [Fact]
    public void Paragraph_marks_follow_the_adf_spec_and_code_inside_emphasis_keeps_only_its_code_mark() =>
        ShouldEqual(ToAdf("Plain **bold `code` bold** *em* ~~gone~~ [docs](https://example.com/d) [`api`](https://example.com/api)"),
            Doc(Paragraph(
                Text("Plain "), Text("bold ", "strong"), Text("code", "code"), Text(" bold", "strong"), Text(" "), Text("em", "em"), Text(" "),
                Text("gone", "strike"), Text(" "), Text("docs", "link:https://example.com/d"), Text(" "), Text("api", "code", "link:https://example.com/api"))));

    [Theory]
    [InlineData("# H", 1)]
    [InlineData("## H", 2)]
    [InlineData("### H", 3)]
    [InlineData("#### H", 4)]
    [InlineData("##### H", 5)]
    [InlineData("###### H", 6)]
    [InlineData("H\n===", 1)]
    [InlineData("H\n---", 2)]
    public void Headings_carry_their_level(string markdown, int level) =>
        ShouldEqual(ToAdf(markdown), Doc($$"""{"type":"heading","attrs":{"level":{{level}}},"content":[{{Text("H")}}]}"""));

    [Fact]
    public void Nested_lists_become_list_items_that_start_with_a_paragraph() =>
        ShouldEqual(ToAdf("- one\n\n  7. seven\n  8. eight\n- two"), Doc($$"""
            {"type":"bulletList","content":[
              {"type":"listItem","content":[{{Paragraph(Text("one"))}},
                {"type":"orderedList","attrs":{"order":7},"content":[
                  {"type":"listItem","content":[{{Paragraph(Text("seven"))}}]},
                  {"type":"listItem","content":[{{Paragraph(Text("eight"))}}]}]}]},
              {"type":"listItem","content":[{{Paragraph(Text("two"))}}]}]}
            """));

    [Fact]
    public void A_json_manifest_in_a_fenced_block_is_a_code_block_with_its_language_and_exact_text()
    {
        const string manifest = "{\n  \"ticket\": \"ZER-12\",\n  \"files\": [\"a*b_c.cs\"],\n  \"note\": \"**not bold**\"\n}";

        ShouldEqual(ToAdf("Evidence:\n\n```json\n" + manifest + "\n```"),
            Doc(Paragraph(Text("Evidence:")), $$"""{"type":"codeBlock","attrs":{"language":"json"},"content":[{{Text(manifest)}}]}"""));
    }

    [Fact]
    public void Quotes_rules_breaks_and_autolinks_map_to_their_nodes() =>
        ShouldEqual(ToAdf("> quoted\n> - item\n\n---\n\nsoft\nwrap, hard  \nbreak, back\\\nslash <https://example.com/pr/1> <dev@example.com>"),
            Doc(
                $$"""{"type":"blockquote","content":[{{Paragraph(Text("quoted"))}},{"type":"bulletList","content":[{"type":"listItem","content":[{{Paragraph(Text("item"))}}]}]}]}""",
                """{"type":"rule"}""",
                Paragraph(Text("soft wrap, hard"), """{"type":"hardBreak"}""", Text("break, back"), """{"type":"hardBreak"}""",
                    Text("slash "), Text("https://example.com/pr/1", "link:https://example.com/pr/1"), Text(" "),
                    Text("dev@example.com", "link:mailto:dev@example.com"))));

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[data](data:text/html,hi)", "data")]
    [InlineData("[relative](/etc/passwd)", "relative")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    public void Unsafe_links_and_raw_html_stay_text(string markdown, string text) =>
        ShouldEqual(ToAdf(markdown), Doc(Paragraph(Text(text))));

    [Fact]
    public void An_image_becomes_a_link_named_by_its_alt_text() =>
        ShouldEqual(ToAdf("![screenshot](https://example.com/s.png)"), Doc(Paragraph(Text("screenshot", "link:https://example.com/s.png"))));

    [Fact]
    public void What_adf_forbids_inside_list_items_and_quotes_is_reshaped_without_losing_text() =>
        ShouldEqual(ToAdf("- # heading\n- > quoted\n- - nested first\n-\n\n> # quoted heading\n> > inner\n> ***"), Doc(
            $$"""
            {"type":"bulletList","content":[
              {"type":"listItem","content":[{{Paragraph(Text("heading"))}}]},
              {"type":"listItem","content":[{{Paragraph(Text("quoted"))}}]},
              {"type":"listItem","content":[{"type":"paragraph","content":[]},{"type":"bulletList","content":[{"type":"listItem","content":[{{Paragraph(Text("nested first"))}}]}]}]},
              {"type":"listItem","content":[{"type":"paragraph","content":[]}]}]}
            """,
            $$"""{"type":"blockquote","content":[{{Paragraph(Text("quoted heading"))}},{{Paragraph(Text("inner"))}}]}"""));

    [Fact]
    public void Entities_and_escapes_are_read_as_the_characters_they_stand_for() =>
        ShouldEqual(ToAdf("&amp; &copy; \\*not em\\* \\# 1\\. x"), Doc(Paragraph(Text("& © *not em* # 1. x"))));

    [Fact]
    public void Empty_markdown_is_an_empty_doc() =>
        ShouldEqual(ToAdf("  \n\n"), Doc());
}
