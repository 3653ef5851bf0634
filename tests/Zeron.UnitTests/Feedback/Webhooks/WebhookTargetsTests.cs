using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.Feedback.Webhooks;

namespace Zeron.UnitTests.Feedback.Webhooks;

public sealed class WebhookTargetsTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("0.0.0.0")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_private_link_local_and_special_addresses_are_not_public(string address) =>
        WebhookTargets.IsPublic(IPAddress.Parse(address)).Should().BeFalse();

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("::ffff:8.8.8.8")]
    public void Ordinary_internet_addresses_are_public(string address) =>
        WebhookTargets.IsPublic(IPAddress.Parse(address)).Should().BeTrue();

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

    [Theory]
    [InlineData("http://localhost:8080/", true)]
    [InlineData("http://LOCALHOST/", true)]
    [InlineData("http://app.localhost/", true)]
    [InlineData("http://[::1]:9000/", true)]
    [InlineData("http://10.1.1.1/", true)]
    [InlineData("http://hooks.example.com/", false)]
    [InlineData("http://93.184.216.34/", false)]
    public void Private_hosts_are_recognised_in_the_url(string url, bool expected) =>
        WebhookTargets.NamesPrivateHost(url).Should().Be(expected);
}
