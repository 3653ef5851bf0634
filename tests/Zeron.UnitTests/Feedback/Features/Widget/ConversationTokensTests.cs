using AwesomeAssertions;
using Microsoft.Extensions.Options;
using Xunit;
using Zeron.Feedback.Features.Widget;

namespace Zeron.UnitTests.Feedback.Features.Widget;

public sealed class ConversationTokensTests
{
    private static ConversationTokens Tokens(string secret = "a-secret-of-at-least-thirty-two-characters!") =>
        new(Options.Create(new ConversationTokenOptions { JwtSigningKey = secret }));

    [Fact]
    public void A_token_is_43_base64url_characters_and_the_same_for_the_same_id()
    {
        var id = Guid.NewGuid();
        var token = Tokens().For(id);

        token.Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        Tokens().For(id).Should().Be(token, "tokens are derived, so a replay can hand out the same one");
        Tokens().IsValid(id, token).Should().BeTrue();
    }

    [Fact]
    public void A_token_opens_only_its_own_conversation_and_only_under_the_same_secret()
    {
        var id = Guid.NewGuid();
        var token = Tokens().For(id);

        Tokens().IsValid(Guid.NewGuid(), token).Should().BeFalse();
        Tokens("another-secret-of-at-least-thirty-two-chars").IsValid(id, token).Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Malformed_tokens_are_simply_wrong(string? token)
    {
        Tokens().IsValid(Guid.NewGuid(), token).Should().BeFalse();
    }

    [Fact]
    public void A_missing_secret_fails_at_construction()
    {
        var create = () => Tokens("");
        create.Should().Throw<InvalidOperationException>().WithMessage("*JwtSigningKey*");
    }
}
