using System.Text.Encodings.Web;
using AwesomeAssertions;
using Microsoft.AspNetCore.Html;
using Xunit;
using Zeron.Web.Pages.Admin.Inbox;

namespace Zeron.UnitTests.Web.Pages.Admin.Inbox;

public sealed class SearchHighlightTests
{
    [Fact]
    public void The_words_asked_for_are_marked_whole_and_in_any_case() =>
        Html(SearchHighlight.Excerpt("Login fails; logins work; LOGIN again", "login")).Should()
            .Be("<mark>Login</mark> fails; logins work; <mark>LOGIN</mark> again");

    [Fact]
    public void Hostile_text_stays_text_and_only_the_marks_are_markup() =>
        Html(SearchHighlight.Excerpt("<script>alert(1)</script> crash & burn", "script crash")).Should()
            .Be("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; <mark>crash</mark> &amp; burn");

    [Fact]
    public void A_search_that_looks_like_markup_marks_nothing_it_should_not() =>
        Html(SearchHighlight.Excerpt("a <b> c", "<b>")).Should().Be("a &lt;<mark>b</mark>&gt; c");

    [Theory]
    [InlineData("upload -safari", new[] { "upload" })]
    [InlineData("\"error page\" or crash", new[] { "error", "crash", "page" })]
    [InlineData("-\"error page\" crash", new[] { "crash" })]
    [InlineData("   ", new string[0])]
    [InlineData("\"unclosed phrase", new[] { "unclosed", "phrase" })]
    public void Excluded_words_and_or_are_not_terms(string query, string[] terms) =>
        SearchHighlight.Terms(query).Should().BeEquivalentTo(terms);

    [Fact]
    public void A_long_message_is_cut_around_its_first_mark()
    {
        var message = new string('x', 300) + " needle " + new string('y', 300);
        var html = Html(SearchHighlight.Excerpt(message, "needle"));
        html.Should().StartWith("…").And.EndWith("…").And.Contain("<mark>needle</mark>");
        html.Length.Should().BeLessThan(150);
    }

    [Fact]
    public void Without_a_search_a_long_message_is_its_start()
    {
        var html = Html(SearchHighlight.Excerpt(new string('a', 200), null));
        html.Should().Be(new string('a', 120) + "…");
    }

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }
}
