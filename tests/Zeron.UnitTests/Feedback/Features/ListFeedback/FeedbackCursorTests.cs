using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Features.ListFeedback;

namespace Zeron.UnitTests.Feedback.Features.ListFeedback;

public sealed class FeedbackCursorTests
{
    [Fact]
    public void A_cursor_round_trips()
    {
        var cursor = new FeedbackCursor(new DateTimeOffset(2026, 11, 25, 10, 30, 15, 123, TimeSpan.Zero), Guid.NewGuid());
        FeedbackCursor.TryDecode(cursor.Encode(), out var decoded).Should().BeTrue();
        decoded.Should().Be(cursor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("MTIzNA")]
    [InlineData("LTE6MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA")]
    [InlineData("OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OnNvbWV0aGluZw")]
    public void Foreign_cursors_are_rejected(string value) =>
        FeedbackCursor.TryDecode(value, out _).Should().BeFalse();

    [Fact]
    public void Oversized_cursors_are_rejected() =>
        FeedbackCursor.TryDecode(new string('A', 10_000), out _).Should().BeFalse();
}
