using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.SharedKernel.RateLimiting;

namespace Zeron.UnitTests.SharedKernel.RateLimiting;

public sealed class ClientAddressesTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "20010db800010002::/64")]
    [InlineData("2001:db8:1:2::1", "20010db800010002::/64")]
    public void Addresses_are_counted_as_ipv4_or_by_their_ipv6_64_block(string address, string expected)
    {
        ClientAddresses.Key(IPAddress.Parse(address)).Should().Be(expected);
    }

    [Fact]
    public void An_unknown_address_still_has_a_key()
    {
        ClientAddresses.Key(null).Should().Be("unknown");
    }
}
