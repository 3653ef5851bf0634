using AwesomeAssertions;
using Xunit;
using Zeron.SharedKernel.Network;

namespace Zeron.UnitTests.SharedKernel.Network;

/// <summary>The matcher over the embedded list: plain rules, wildcards, exceptions, the default rule, both sections.</summary>
public sealed class PublicSuffixListTests
{
    [Theory]
    [InlineData("shop.example.com", "com")]
    [InlineData("example.co.uk", "co.uk")]
    [InlineData("a.b.example.co.uk", "co.uk")]
    [InlineData("octocat.github.io", "github.io")]
    [InlineData("foo.bar.bd", "bar.bd")]
    [InlineData("www.city.kawasaki.jp", "kawasaki.jp")]
    [InlineData("shop.foo.kawasaki.jp", "foo.kawasaki.jp")]
    [InlineData("www.ck", "ck")]
    [InlineData("x.y.ck", "y.ck")]
    [InlineData("example.nosuchtld", "nosuchtld")]
    [InlineData("Shop.Example.COM.", "com")]
    [InlineData("xn--85x722f.xn--55qx5d.cn", "xn--55qx5d.cn")]
    [InlineData("食狮.公司.cn", "xn--55qx5d.cn")]
    public void The_public_suffix_follows_the_longest_rule_with_wildcards_and_exceptions(string domain, string suffix) =>
        PublicSuffixList.PublicSuffix(domain).Should().Be(suffix);

    [Theory]
    [InlineData("com", true)]
    [InlineData("co.uk", true)]
    [InlineData("github.io", true)]
    [InlineData("blogspot.com", true)]
    [InlineData("foo.kawasaki.jp", true)]
    [InlineData("kawasaki.jp", true)]
    [InlineData("nosuchtld", true)]
    [InlineData("example.com", false)]
    [InlineData("example.co.uk", false)]
    [InlineData("octocat.github.io", false)]
    [InlineData("city.kawasaki.jp", false)]
    public void A_domain_covers_a_public_suffix_when_it_is_one_or_one_lies_beneath_it(string domain, bool covers) =>
        PublicSuffixList.CoversPublicSuffix(domain).Should().Be(covers);

    [Fact]
    public void A_domain_above_a_rule_covers_it_without_being_a_suffix_itself()
    {
        PublicSuffixList.IsPublicSuffix("kawasaki.jp").Should().BeFalse("only *.kawasaki.jp names suffixes");
        PublicSuffixList.CoversPublicSuffix("kawasaki.jp").Should().BeTrue();
        PublicSuffixList.IsPublicSuffix("s3.amazonaws.com").Should().BeTrue();
        PublicSuffixList.IsPublicSuffix("amazonaws.com").Should().BeFalse();
        PublicSuffixList.CoversPublicSuffix("amazonaws.com").Should().BeTrue("s3.amazonaws.com lies beneath it");
    }
}
