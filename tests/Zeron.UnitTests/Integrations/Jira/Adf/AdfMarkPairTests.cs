using System.Text.Json.Nodes;

using AwesomeAssertions;

using Xunit;

using static Zeron.UnitTests.Integrations.Jira.Adf.AdfJson;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

/// <summary>Every pair of neighbouring mark sets survives ADF → Markdown → ADF (CommonMark's flanking rules are subtle).</summary>
public sealed class AdfMarkPairTests
{
    private static readonly string[][] MarkSets =
    [
        [], ["strong"], ["em"], ["strike"], ["code"], ["link:https://e.com/1"], ["strong", "em"], ["strong", "link:https://e.com/2"],
        ["strike", "link:https://e.com/4"], ["code", "link:https://e.com/3"],
    ];

    public static TheoryData<int, int> Pairs()
    {
        var data = new TheoryData<int, int>();
        for (var a = 0; a < MarkSets.Length; a++)
        {
            for (var b = 0; b < MarkSets.Length; b++)
            {
                if (a != b)
                {
                    data.Add(a, b);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Neighbouring_text_with_different_marks_reads_back_the_same(int first, int second)
    {
        var adf = Doc(Paragraph(Text("ab", MarkSets[first]), Text("cd", MarkSets[second])));

        MarkedCharacters(ToAdf(ToMarkdown(adf))).Should().Equal(MarkedCharacters(JsonNode.Parse(adf)!), ToMarkdown(adf));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Neighbouring_marks_apart_by_a_blank_or_punctuation_read_back_the_same(int first, int second)
    {
        var spaced = Doc(Paragraph(Text("ab", MarkSets[first]), Text(" "), Text("cd", MarkSets[second])));
        var punctuated = Doc(Paragraph(Text("ab.", MarkSets[first]), Text("(cd)", MarkSets[second])));

        MarkedCharacters(ToAdf(ToMarkdown(spaced))).Should().Equal(MarkedCharacters(JsonNode.Parse(spaced)!), ToMarkdown(spaced));
        MarkedCharacters(ToAdf(ToMarkdown(punctuated))).Should().Equal(MarkedCharacters(JsonNode.Parse(punctuated)!), ToMarkdown(punctuated));
    }

    [Fact]
    public void Emphasis_on_struck_text_is_left_out_so_no_literal_asterisks_appear() =>
        MarkedCharacters(ToAdf(ToMarkdown(Doc(Paragraph(Text("ab", "em", "strike"), Text("cd", "strong", "strike"), Text("ef"))))))
            .Should().Equal(MarkedCharacters(JsonNode.Parse(Doc(Paragraph(Text("abcd", "strike"), Text("ef"))))!));

    // Each character with its marks: how text is split into nodes does not matter.
    private static List<string> MarkedCharacters(JsonNode doc) =>
        [.. doc["content"]![0]!["content"]!.AsArray().SelectMany(t =>
        {
            var marks = string.Join(",", (t!["marks"] as JsonArray ?? []).Select(m => m!.ToJsonString()).Order(StringComparer.Ordinal));
            return t["text"]!.GetValue<string>().Select(c => $"{c}:{(c == ' ' ? "" : marks)}");
        })];
}
