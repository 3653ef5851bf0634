using System.Text.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Features.ExportFeedback;

namespace Zeron.UnitTests.Feedback.Features.ExportFeedback;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+SUM(A1)", "'+SUM(A1)")]
    [InlineData("-2", "'-2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Messages_are_quoted_and_formulas_defused(string message, string expectedCell)
    {
        var row = CsvWriter.Row(Item(message));
        row.Split(',', 6)[5].Should().StartWith(expectedCell);
    }

    private static FeedbackItemDto Item(string message) =>
        new(Guid.NewGuid(), Guid.NewGuid(), message, "bug", FeedbackStatus.New, null, null, null,
            JsonDocument.Parse("{}").RootElement, [], null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
