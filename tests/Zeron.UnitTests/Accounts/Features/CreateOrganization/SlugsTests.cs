using AwesomeAssertions;
using Xunit;
using Zeron.Accounts.Features.CreateOrganization;

namespace Zeron.UnitTests.Accounts.Features.CreateOrganization;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Acme", "acme")]
    [InlineData("Acme Corp", "acme-corp")]
    [InlineData("  Acme   Corp  ", "acme-corp")]
    [InlineData("Acme\tCorp\nLabs", "acme-corp-labs")]
    [InlineData("acme_corp.io", "acme-corp-io")]
    [InlineData("Acme -- Corp", "acme-corp")]
    [InlineData("-Acme-", "acme")]
    [InlineData("Acme, Inc.", "acme-inc")]
    [InlineData("R&D (Berlin)!", "rd-berlin")]
    [InlineData("Team 42", "team-42")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("Ångström Über Señor", "angstrom-uber-senor")]
    [InlineData("ＡＣＭＥ", "acme")]
    public void FromName_lower_cases_and_hyphenates_ascii_names(string name, string expected)
    {
        Slugs.FromName(name).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ***")]
    [InlineData("---___...")]
    [InlineData("日本語")]
    [InlineData("🚀🚀")]
    public void FromName_of_a_name_without_latin_letters_or_digits_is_empty(string name)
    {
        Slugs.FromName(name).Should().BeEmpty();
    }

    [Fact]
    public void FromName_truncates_long_names_to_forty_characters()
    {
        var slug = Slugs.FromName(new string('a', 200));

        slug.Should().Be(new string('a', 40));
    }

    [Fact]
    public void FromName_does_not_leave_a_trailing_hyphen_where_truncation_cuts_at_a_word_break()
    {
        var name = new string('a', 39) + " " + new string('b', 30);

        var slug = Slugs.FromName(name);

        slug.Should().Be(new string('a', 39));
        Slugs.IsValid(slug).Should().BeTrue();
    }

    [Theory]
    [InlineData("Acme Corp")]
    [InlineData("Café Crème")]
    [InlineData("A very long organization name that goes on and on and on, well past fifty")]
    [InlineData("x1")]
    public void FromName_of_a_name_with_two_or_more_letters_is_a_valid_slug(string name)
    {
        Slugs.IsValid(Slugs.FromName(name)).Should().BeTrue();
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("a1")]
    [InlineData("42")]
    [InlineData("acme-corp")]
    [InlineData("a-b-c")]
    [InlineData("a--b")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx")]
    public void IsValid_accepts_two_to_fifty_lower_case_letters_digits_and_inner_hyphens(string slug)
    {
        Slugs.IsValid(slug).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("-ab")]
    [InlineData("acme\n")]
    [InlineData("ab-")]
    [InlineData("Acme")]
    [InlineData("acme corp")]
    [InlineData("acme_corp")]
    [InlineData("acme.corp")]
    [InlineData("café")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxy")]
    public void IsValid_rejects_malformed_slugs(string slug)
    {
        Slugs.IsValid(slug).Should().BeFalse();
    }
}
