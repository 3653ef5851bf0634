using AwesomeAssertions;

using Xunit;

using static Zeron.UnitTests.Integrations.Jira.Adf.AdfJson;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

public sealed class AdfToMarkdownTests
{
    [Fact]
    public void Marks_become_emphasis_strike_code_and_links_with_blanks_outside_the_delimiters()
    {
        var adf = Doc(Paragraph(
            Text("Plain "), Text("bold ", "strong"), Text("and "), Text("both", "strong", "em"), Text(", "),
            Text("gone", "strike"), Text(" "), Text("x = 1", "code"), Text(" see "), Text("docs", "link:https://example.com/a_(b)")));

        ToMarkdown(adf).Should().Be("Plain **bold** and ***both***, ~~gone~~ `x = 1` see [docs](https://example.com/a_\\(b\\))");
    }

    [Fact]
    public void A_mark_over_neighbouring_text_nodes_is_written_once()
    {
        var adf = Doc(Paragraph(Text("a", "strong"), Text("b", "strong", "em"), Text("c", "strong")));

        ToMarkdown(adf).Should().Be("**a*b*c**");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Headings_keep_their_level(int level) =>
        ToMarkdown(Doc($$"""{"type":"heading","attrs":{"level":{{level}}},"content":[{{Text("Title")}}]}"""))
            .Should().Be(new string('#', level) + " Title");

    [Fact]
    public void Nested_lists_indent_under_their_marker_and_ordered_lists_keep_their_start()
    {
        var adf = Doc($$"""
            {"type":"bulletList","content":[
              {"type":"listItem","content":[{{Paragraph(Text("one"))}},
                {"type":"orderedList","attrs":{"order":3},"content":[
                  {"type":"listItem","content":[{{Paragraph(Text("three"))}}]},
                  {"type":"listItem","content":[{{Paragraph(Text("four"))}},{{Paragraph(Text("more"))}}]}]}]},
              {"type":"listItem","content":[{{Paragraph(Text("two"))}}]}]}
            """);

        ToMarkdown(adf).Should().Be("- one\n\n  3. three\n  4. four\n\n     more\n- two");
    }

    [Fact]
    public void A_code_block_keeps_its_language_and_gets_a_fence_longer_than_any_backtick_run_inside()
    {
        var adf = Doc("""{"type":"codeBlock","attrs":{"language":"csharp"},"content":[{"type":"text","text":"var s = \"```\";\n*not* emphasis"}]}""");

        ToMarkdown(adf).Should().Be("````csharp\nvar s = \"```\";\n*not* emphasis\n````");
    }

    [Fact]
    public void Quotes_rules_hard_breaks_and_mentions_have_their_markdown_forms()
    {
        var adf = Doc(
            """{"type":"blockquote","content":[{"type":"paragraph","content":[{"type":"text","text":"quoted"}]},{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"item"}]}]}]}]}""",
            """{"type":"rule"}""",
            Paragraph(Text("line one"), """{"type":"hardBreak"}""", Text("line two, ask "),
                """{"type":"mention","attrs":{"id":"5b10ac8d82e05b22cc7d4ef5","text":"@Jane Doe","accessLevel":""}}""", Text(".")));

        ToMarkdown(adf).Should().Be("> quoted\n>\n> - item\n\n---\n\nline one\\\nline two, ask @Jane Doe.");
    }

    [Fact]
    public void Nodes_markdown_lacks_degrade_to_their_text()
    {
        var adf = Doc(
            """{"type":"panel","attrs":{"panelType":"info"},"content":[{"type":"paragraph","content":[{"type":"text","text":"Panel text"}]}]}""",
            """{"type":"table","content":[{"type":"tableRow","content":[{"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Key"}]}]},{"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Value"}]}]}]},{"type":"tableRow","content":[{"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"a|b","marks":[{"type":"strong"}]}]}]},{"type":"tableCell","content":[{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}]}]}]}]}]}""",
            Paragraph(
                """{"type":"status","attrs":{"text":"IN PROGRESS","color":"blue"}}""", Text(" "),
                """{"type":"emoji","attrs":{"shortName":":smile:","text":"😄"}}""", Text(" due "),
                """{"type":"date","attrs":{"timestamp":"1767225600000"}}""", Text(" "),
                """{"type":"inlineCard","attrs":{"url":"https://example.atlassian.net/browse/ZER-1"}}""",
                Text(" under", "underline"), Text(" "), """{"type":"futureInline","attrs":{"text":"future"}}"""),
            """{"type":"expand","attrs":{"title":"Details"},"content":[{"type":"paragraph","content":[{"type":"text","text":"hidden"}]}]}""",
            """{"type":"someFutureBlock","content":[{"type":"paragraph","content":[{"type":"text","text":"kept"}]}]}""");

        ToMarkdown(adf).Should().Be(
            "Panel text\n\nKey | Value\\\n**a\\|b** | x\n\nIN PROGRESS 😄 due 2026-01-01 https://example.atlassian.net/browse/ZER-1 under future\n\nDetails\n\nhidden\n\nkept");
    }

    [Fact]
    public void Task_lists_become_checkbox_bullets()
    {
        var adf = Doc("""{"type":"taskList","attrs":{"localId":"t"},"content":[{"type":"taskItem","attrs":{"localId":"1","state":"DONE"},"content":[{"type":"text","text":"done"}]},{"type":"taskItem","attrs":{"localId":"2","state":"TODO"},"content":[{"type":"text","text":"open"}]}]}""");

        ToMarkdown(adf).Should().Be("- [x] done\n- [ ] open");
    }

    [Fact]
    public void Two_lists_in_a_row_use_different_markers_so_they_stay_two()
    {
        var item = """{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}]}""";
        var adf = Doc($$"""{"type":"bulletList","content":[{{item}}]}""", $$"""{"type":"bulletList","content":[{{item}}]}""",
            $$"""{"type":"orderedList","content":[{{item}}]}""", $$"""{"type":"orderedList","content":[{{item}}]}""");

        ToMarkdown(adf).Should().Be("- x\n\n* x\n\n1. x\n\n1) x");
    }

    [Fact]
    public void Breaks_at_the_edges_of_a_paragraph_are_dropped_and_empty_paragraphs_vanish()
    {
        var adf = Doc(Paragraph("""{"type":"hardBreak"}""", Text("x"), """{"type":"hardBreak"}"""), """{"type":"paragraph","content":[]}""", Paragraph(Text("y")));

        ToMarkdown(adf).Should().Be("x\n\ny");
    }
}
