using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Features.GetFeedbackOverview;

namespace Zeron.UnitTests.Feedback.Features.GetFeedbackOverview;

public sealed class PageOriginTests
{
    [Theory]
    [InlineData("https://shop.example.com/cart?step=2#pay", "https://shop.example.com")]
    [InlineData("HTTPS://Shop.Example.COM", "https://shop.example.com")]
    [InlineData("http://localhost:3000/", "http://localhost:3000")]
    [InlineData("https://shop.example.com:443/x", "https://shop.example.com")]
    [InlineData("https://user:secret@shop.example.com:8443/x", "https://shop.example.com:8443")]
    [InlineData("http://[::1]:8080/x", "http://[::1]:8080")]
    public void An_http_page_gives_its_origin(string pageUrl, string origin) => PageOrigin.Of(pageUrl).Should().Be(origin);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("checkout page")]
    [InlineData("/relative/path")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<b>x</b>")]
    public void Anything_else_has_no_origin(string? pageUrl) => PageOrigin.Of(pageUrl).Should().BeNull();
}
