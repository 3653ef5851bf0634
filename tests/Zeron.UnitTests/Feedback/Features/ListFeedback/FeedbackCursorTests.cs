using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Contracts.Items;
using Zeron.Feedback.Features.ListFeedback;

namespace Zeron.UnitTests.Feedback.Features.ListFeedback;

public sealed class FeedbackCursorTests
{
    [Theory]
    [InlineData(FeedbackSort.Newest)]
    [InlineData(FeedbackSort.Activity)]
    public void A_cursor_round_trips(FeedbackSort sort)
    {
        var cursor = new FeedbackCursor(sort, new DateTimeOffset(2026, 11, 25, 10, 30, 15, 123, TimeSpan.Zero), Guid.NewGuid());
        FeedbackCursor.TryDecode(cursor.Encode(), sort, out var decoded).Should().BeTrue();
        decoded.Should().Be(cursor);
    }

    [Fact]
    public void A_cursor_of_one_sort_is_refused_by_the_other()
    {
        var at = new DateTimeOffset(2026, 11, 25, 10, 30, 15, TimeSpan.Zero);
        FeedbackCursor.TryDecode(new FeedbackCursor(FeedbackSort.Newest, at, Guid.NewGuid()).Encode(), FeedbackSort.Activity, out _).Should().BeFalse();
        FeedbackCursor.TryDecode(new FeedbackCursor(FeedbackSort.Activity, at, Guid.NewGuid()).Encode(), FeedbackSort.Newest, out _).Should().BeFalse();
    }

    [Fact]
    public void Newest_first_cursors_keep_the_form_earlier_versions_returned()
    {
        var id = Guid.Parse("0193b7e4-1a2b-7c3d-8e4f-5a6b7c8d9e01");
        var at = new DateTimeOffset(2026, 11, 25, 10, 30, 15, TimeSpan.Zero);
        var earlier = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"{at.UtcTicks}:{id:N}"));
        new FeedbackCursor(FeedbackSort.Newest, at, id).Encode().Should().Be(earlier);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("MTIzNA")]
    [InlineData("LTE6MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA")]
    [InlineData("OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OnNvbWV0aGluZw")]
    public void Foreign_cursors_are_rejected(string value)
    {
        FeedbackCursor.TryDecode(value, FeedbackSort.Newest, out _).Should().BeFalse();
        FeedbackCursor.TryDecode(value, FeedbackSort.Activity, out _).Should().BeFalse();
    }

    [Fact]
    public void Oversized_cursors_are_rejected() =>
        FeedbackCursor.TryDecode(new string('A', 10_000), FeedbackSort.Newest, out _).Should().BeFalse();
}
