using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Webhooks;

namespace Zeron.UnitTests.Feedback.Webhooks;

public sealed class WebhookTargetsTests
{
    [Theory]
    [InlineData("https://hooks.example.com/zeron", true)]
    [InlineData("http://hooks.example.com:8080/x?y=1", true)]
    [InlineData("ftp://hooks.example.com/", false)]
    [InlineData("https://user:pw@hooks.example.com/", false)]
    [InlineData("https://hooks.example.com/#frag", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Urls_must_be_absolute_http_without_user_info(string? url, bool expected) =>
        WebhookTargets.IsWellFormed(url).Should().Be(expected);
}
