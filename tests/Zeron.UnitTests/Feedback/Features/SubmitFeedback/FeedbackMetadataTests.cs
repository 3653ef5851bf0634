using System.Text.Json;
using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Features.SubmitFeedback;

namespace Zeron.UnitTests.Feedback.Features.SubmitFeedback;

public sealed class FeedbackMetadataTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"plan\":\"pro\",\"seats\":3,\"beta\":true,\"gone\":null}")]
    [InlineData("{\"tags\":[\"a\",\"b\"],\"user\":{\"id\":7,\"name\":\"Ann\"}}")]
    [InlineData("{\"anonymousId\":\"anon-1\"}")]
    public void Objects_of_scalars_nested_at_most_two_levels_are_fine(string json)
    {
        FeedbackMetadata.Problem(Parse(json)).Should().BeNull();
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":{\"b\":{\"c\":1}}}")]
    [InlineData("{\"a\":[[1]]}")]
    [InlineData("{\"a\":\"\\u0000\"}")]
    [InlineData("{\"\\u0000\":1}")]
    [InlineData("{\"\":1}")]
    [InlineData("{\"a\":1e999999}")]
    [InlineData("{\"anonymousId\":5}")]
    [InlineData("{\"anonymousId\":\"\"}")]
    public void Anything_postgresql_or_the_rules_would_refuse_is_a_problem(string json)
    {
        FeedbackMetadata.Problem(Parse(json)).Should().NotBeNull();
    }

    [Fact]
    public void At_most_50_keys_and_strings_of_at_most_500_characters()
    {
        static string Keys(int n) => "{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"k{i}\":{i}")) + "}";

        FeedbackMetadata.Problem(Parse(Keys(50))).Should().BeNull();
        FeedbackMetadata.Problem(Parse(Keys(51))).Should().Contain("50 keys");
        FeedbackMetadata.Problem(Parse($"{{\"a\":\"{new string('x', 500)}\"}}")).Should().BeNull();
        FeedbackMetadata.Problem(Parse($"{{\"a\":\"{new string('x', 501)}\"}}")).Should().NotBeNull();
    }

    [Fact]
    public void The_anonymous_id_and_the_stored_json_come_from_the_metadata()
    {
        var metadata = Parse("{\"anonymousId\":\"anon-9\",\"plan\":\"pro\"}");

        FeedbackMetadata.AnonymousId(metadata).Should().Be("anon-9");
        FeedbackMetadata.AnonymousId(null).Should().BeNull();
        FeedbackMetadata.ToJson(null).Should().Be("{}");
        JsonDocument.Parse(FeedbackMetadata.ToJson(metadata)).RootElement.GetProperty("plan").GetString().Should().Be("pro");
    }
}
