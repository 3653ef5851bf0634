using System.Net;
using AwesomeAssertions;
using Xunit;
using Zeron.SharedKernel.Network;

namespace Zeron.UnitTests.SharedKernel.Network;

public sealed class SpecialAddressesTests
{
    /// <summary>One or more addresses from every IANA special-purpose entry and reserved block, with the range expected.</summary>
    public static TheoryData<string, string> NotPublic => new()
    {
        { "0.0.0.0", "0.0.0.0/8" }, { "0.1.2.3", "0.0.0.0/8" },
        { "10.0.0.1", "10.0.0.0/8" }, { "10.255.255.255", "10.0.0.0/8" },
        { "100.64.0.1", "100.64.0.0/10" }, { "100.127.255.254", "100.64.0.0/10" },
        { "127.0.0.1", "127.0.0.0/8" }, { "127.8.9.10", "127.0.0.0/8" },
        { "169.254.169.254", "169.254.0.0/16" },
        { "172.16.0.1", "172.16.0.0/12" }, { "172.31.255.255", "172.16.0.0/12" },
        { "192.0.0.1", "192.0.0.0/24" }, { "192.0.0.9", "192.0.0.0/24" }, { "192.0.0.170", "192.0.0.0/24" },
        { "192.0.2.1", "192.0.2.0/24" },
        { "192.31.196.1", "192.31.196.0/24" },
        { "192.52.193.1", "192.52.193.0/24" },
        { "192.88.99.1", "192.88.99.0/24" },
        { "192.168.0.10", "192.168.0.0/16" },
        { "192.175.48.1", "192.175.48.0/24" },
        { "198.18.0.1", "198.18.0.0/15" }, { "198.19.255.255", "198.18.0.0/15" },
        { "198.51.100.1", "198.51.100.0/24" },
        { "203.0.113.1", "203.0.113.0/24" },
        { "224.0.0.1", "224.0.0.0/4" }, { "239.255.255.250", "224.0.0.0/4" },
        { "240.0.0.1", "240.0.0.0/4" }, { "255.255.255.255", "240.0.0.0/4" },
        { "::", "::/128" },
        { "::1", "::1/128" },
        { "::127.0.0.1", "::/96" }, { "::8.8.8.8", "::/96" },
        { "::ffff:127.0.0.1", "127.0.0.0/8" }, { "::ffff:10.0.0.1", "10.0.0.0/8" }, { "::ffff:169.254.169.254", "169.254.0.0/16" },
        { "::ffff:0:7f00:1", "::ffff:0:0:0/96" },
        { "64:ff9b::a9fe:a9fe", "169.254.0.0/16" }, { "64:ff9b::7f00:1", "127.0.0.0/8" }, { "64:ff9b::c000:201", "192.0.2.0/24" },
        { "64:ff9b:1::5db8:d822", "64:ff9b:1::/48" },
        { "100::1", "100::/64" },
        { "100:0:0:1::1", "100:0:0:1::/64" },
        { "2001::1", "2001::/23" }, { "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001::/23" }, { "2001:1::1", "2001::/23" },
        { "2001:2::1", "2001::/23" }, { "2001:1ff:ffff::1", "2001::/23" },
        { "2001:db8::1", "2001:db8::/32" },
        { "2002:a9fe:a9fe::1", "169.254.0.0/16" }, { "2002:7f00:1::1", "127.0.0.0/8" }, { "2002:c000:201::1", "192.0.2.0/24" },
        { "2620:4f:8000::1", "2620:4f:8000::/48" },
        { "3fff::1", "3fff::/20" },
        { "5f00::1", "5f00::/16" },
        { "fc00::1", "fc00::/7" }, { "fd12:3456::1", "fc00::/7" },
        { "fe80::1", "fe80::/10" }, { "fe80::1%2", "fe80::/10" },
        { "fec0::1", "fec0::/10" },
        { "ff02::1", "ff00::/8" }, { "ff0e::1", "ff00::/8" },
        { "4000::1", "::/0" }, { "1::1", "::/0" },
    };

    [Theory]
    [MemberData(nameof(NotPublic))]
    public void Special_purpose_reserved_and_embedded_special_addresses_are_not_public(string address, string range)
    {
        SpecialAddresses.Find(IPAddress.Parse(address))!.Network.ToString().Should().Be(range);
        SpecialAddresses.IsPublic(IPAddress.Parse(address)).Should().BeFalse();
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("1.1.1.1")]
    [InlineData("8.8.8.8")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.0.1.1")]
    [InlineData("192.0.3.1")]
    [InlineData("192.169.0.1")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("2a00:1450::1")]
    [InlineData("2001:200::1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("3fff:1000::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::5db8:d822")]
    [InlineData("2002:5db8:d822::1")]
    public void Ordinary_internet_addresses_and_forms_embedding_them_are_public(string address)
    {
        SpecialAddresses.Find(IPAddress.Parse(address)).Should().BeNull();
        SpecialAddresses.IsPublic(IPAddress.Parse(address)).Should().BeTrue();
    }

    [Theory]
    [InlineData("::ffff:192.0.2.1", "192.0.2.1")]
    [InlineData("64:ff9b::a9fe:a9fe", "169.254.169.254")]
    [InlineData("2002:a9fe:a9fe::1", "169.254.169.254")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", "2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("10.0.0.1", "10.0.0.1")]
    public void The_effective_address_is_the_embedded_IPv4_of_mapped_NAT64_and_6to4_forms(string address, string effective) =>
        SpecialAddresses.Effective(IPAddress.Parse(address)).Should().Be(IPAddress.Parse(effective));
}
