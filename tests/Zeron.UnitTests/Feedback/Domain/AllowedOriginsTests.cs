using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Domain;

namespace Zeron.UnitTests.Feedback.Domain;

public sealed class AllowedOriginsTests
{
    [Theory]
    [InlineData("https://Shop.Example.com/", "https://shop.example.com")]
    [InlineData("https://shop.example.com:443", "https://shop.example.com")]
    [InlineData("http://localhost:3000", "http://localhost:3000")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080")]
    [InlineData("https://*.Example.org", "https://*.example.org")]
    public void Normalize_returns_the_canonical_origin(string entry, string expected) =>
        AllowedOrigins.Normalize(entry).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("example.com")]
    [InlineData("ftp://example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://example.com/path")]
    [InlineData("https://example.com?x=1")]
    [InlineData("https://user:pw@example.com")]
    [InlineData("http://*.example.com")]
    [InlineData("https://*.*.example.com")]
    [InlineData("https://a*.example.com")]
    [InlineData("https://*.exa\nmple.com")]
    [InlineData("https://exa mple.com")]
    public void Normalize_rejects_what_is_not_an_origin(string entry) =>
        AllowedOrigins.Normalize(entry).Should().BeNull();

    [Theory]
    [InlineData("https://*.com")]
    [InlineData("https://*.COM/")]
    [InlineData("https://*.co.uk")]
    [InlineData("https://*.github.io")]
    [InlineData("https://*.github.io:8443")]
    [InlineData("https://*.blogspot.com")]
    [InlineData("https://*.kawasaki.jp")]
    [InlineData("https://*.amazonaws.com")]
    [InlineData("https://*.nosuchtld")]
    public void A_wildcard_over_a_public_suffix_is_not_an_entry(string entry)
    {
        AllowedOrigins.CoversPublicSuffix(entry).Should().BeTrue();
        AllowedOrigins.Normalize(entry).Should().BeNull();
    }

    [Theory]
    [InlineData("https://*.example.com")]
    [InlineData("https://*.example.co.uk")]
    [InlineData("https://*.octocat.github.io")]
    [InlineData("https://*.city.kawasaki.jp")]
    [InlineData("https://shop.com")]
    public void A_wildcard_over_a_registered_domain_and_exact_origins_are_entries(string entry)
    {
        AllowedOrigins.CoversPublicSuffix(entry).Should().BeFalse();
        AllowedOrigins.Normalize(entry).Should().NotBeNull();
    }

    [Fact]
    public void A_public_suffix_wildcard_saved_before_the_rule_admits_nothing() =>
        AllowedOrigins.Admits(["https://*.com", "https://*.github.io"], "https://shop.example.com").Should().BeFalse();

    [Theory]
    [InlineData("https://shop.example.com", true)]
    [InlineData("https://SHOP.example.com", true)]
    [InlineData("https://a.b.example.org", true)]
    [InlineData("https://x.example.org", true)]
    [InlineData("https://example.org", false)]
    [InlineData("https://evilexample.org", false)]
    [InlineData("http://x.example.org", false)]
    [InlineData("https://example.org.evil.com", false)]
    [InlineData("http://shop.example.com", false)]
    [InlineData("null", false)]
    [InlineData(null, false)]
    public void Admits_exact_entries_and_subdomains_of_wildcards_only(string? origin, bool admitted) =>
        AllowedOrigins.Admits(["https://shop.example.com", "https://*.example.org"], origin).Should().Be(admitted);
}
