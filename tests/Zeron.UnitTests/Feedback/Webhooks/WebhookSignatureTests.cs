using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Webhooks;

namespace Zeron.UnitTests.Feedback.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void The_signature_is_the_hex_HMAC_SHA256_of_t_dot_body_as_a_receiver_computes_it()
    {
        // Expected value computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'whsec_test', b'1700000000.{\"id\":1}', hashlib.sha256).hexdigest())"
        WebhookSignature.Create("whsec_test", 1700000000, "{\"id\":1}")
            .Should().Be("t=1700000000,v1=2f441ba4b3b2d50d28a9ab9d9fd8880376ecd1eb5d0435401553f5d8d0a5dcf8");
    }

    [Fact]
    public void A_different_body_time_or_secret_gives_a_different_signature()
    {
        var original = WebhookSignature.Create("whsec_test", 1700000000, "{\"id\":1}");
        WebhookSignature.Create("whsec_test", 1700000000, "{\"id\":2}").Should().NotBe(original);
        WebhookSignature.Create("whsec_test", 1700000001, "{\"id\":1}").Should().NotBe(original);
        WebhookSignature.Create("whsec_other", 1700000000, "{\"id\":1}").Should().NotBe(original);
    }

    [Fact]
    public void Secrets_are_random_and_long()
    {
        var a = WebhookSignature.NewSecret();
        a.Should().MatchRegex("^whsec_[0-9a-f]{48}$");
        WebhookSignature.NewSecret().Should().NotBe(a);
    }
}
