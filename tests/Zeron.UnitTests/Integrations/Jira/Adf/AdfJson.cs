using System.Text.Json;
using System.Text.Json.Nodes;

using AwesomeAssertions;

using Zeron.Integrations.Jira.Adf;

namespace Zeron.UnitTests.Integrations.Jira.Adf;

/// <summary>Small helpers: ADF literals in tests, conversion from text, and deep equality with a readable failure.</summary>
internal static class AdfJson
{
    public static string ToMarkdown(string adfJson)
    {
        using var document = JsonDocument.Parse(adfJson);
        return AdfToMarkdown.Convert(document.RootElement);
    }

    public static JsonObject ToAdf(string markdown, IReadOnlyCollection<JiraMention>? people = null)
    {
        var doc = MarkdownToAdf.Convert(markdown, people);
        AdfShape.Problems(doc).Should().BeEmpty("Markdown {0} must give valid ADF, got {1}", markdown, doc.ToJsonString());
        return doc;
    }

    public static string Doc(params string[] blocks) => $$"""{"version":1,"type":"doc","content":[{{string.Join(",", blocks)}}]}""";

    public static string Paragraph(params string[] inline) => $$"""{"type":"paragraph","content":[{{string.Join(",", inline)}}]}""";

    public static string Text(string text, params string[] marks) =>
        marks.Length == 0
            ? $$"""{"type":"text","text":{{JsonSerializer.Serialize(text)}}}"""
            : $$"""{"type":"text","text":{{JsonSerializer.Serialize(text)}},"marks":[{{string.Join(",", marks.Select(Mark))}}]}""";

    public static void ShouldEqual(JsonNode actual, string expectedJson) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expectedJson)).Should()
            .BeTrue("expected {0}{1}but got {2}", JsonNode.Parse(expectedJson)!.ToJsonString(), Environment.NewLine, actual.ToJsonString());

    private static string Mark(string mark) =>
        mark.StartsWith("link:", StringComparison.Ordinal)
            ? $$$"""{"type":"link","attrs":{"href":{{{JsonSerializer.Serialize(mark[5..])}}}}}"""
            : $$"""{"type":"{{mark}}"}""";
}
