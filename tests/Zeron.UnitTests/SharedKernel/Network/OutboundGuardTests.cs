using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using AwesomeAssertions;
using Microsoft.Extensions.Options;
using Xunit;
using Zeron.SharedKernel.Network;
using Zeron.Tests.Shared;

namespace Zeron.UnitTests.SharedKernel.Network;

/// <summary>The save-time half of the guard: what a URL names, decided without DNS.</summary>
public sealed class OutboundGuardTests
{
    private static readonly LocalMachine Machine = new(TimeProvider.System);

    private static OutboundGuard Guard(bool allowPrivate = false) =>
        new(Options.Create(new NetworkOptions { AllowPrivateTargets = allowPrivate }), new MappedResolver(), Machine);

    public static TheoryData<string> RefusedUrls()
    {
        var data = new TheoryData<string>
        {
            "http://192.0.2.1/", "http://198.18.0.1/", "http://192.0.0.1/", "http://198.51.100.1/", "http://203.0.113.1/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::1]/", "http://[::ffff:0:7f00:1]/",
            "http://localhost./", "http://LocalHost./", "http://localhost.localdomain/", "http://localhost/", "http://LOCALHOST:8080/",
            "http://app.localhost/", "http://app.localhost./", "http://printer.local/", "http://db.internal/", "http://nas.home.arpa/",
            "http://wiki.corp/", "http://intranet/", "http://jira/", "http://jira./",
            "http://127.0.0.1:9000/", "http://127.1/", "http://2130706433/", "http://0x7f.1/", "http://0/", "http://[::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[fe80::1%25eth0]/", "http://169.254.169.254/latest/meta-data",
            "http://10.1.2.3/", "http://[fd00::1]/", "http://224.0.0.1/", "http://255.255.255.255/",
        };
        foreach (var name in Machine.HostNames)
        {
            data.Add($"http://{name}/");
            data.Add($"http://{name}./");
            data.Add($"http://{name.ToUpperInvariant()}:8080/");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public void Urls_naming_local_or_non_public_hosts_are_refused_with_the_reason(string url)
    {
        Guard().RefusalOf(new Uri(url)).Should().NotBeNullOrEmpty();
        Guard().RefusalOf(new Uri(url), allowPrivate: true).Should().BeNull("a module's own switch allows them");
        Guard(allowPrivate: true).RefusalOf(new Uri(url)).Should().BeNull("Zeron__Network__AllowPrivateTargets allows them");
    }

    [Theory]
    [InlineData("https://hooks.example.com/zeron")]
    [InlineData("https://hooks.example.com./zeron")]
    [InlineData("https://localhost.example.com/")]
    [InlineData("https://local.example.com/")]
    [InlineData("http://93.184.216.34/")]
    [InlineData("https://[2606:2800:220:1:248:1893:25c8:1946]/")]
    [InlineData("https://[2a00:1450::1]:8443/")]
    [InlineData("https://xn--bcher-kva.example.com/")]
    public void Public_names_and_addresses_pass(string url) =>
        Guard().RefusalOf(new Uri(url)).Should().BeNull();

    [Fact]
    public void The_reason_names_the_range_or_the_kind_of_name()
    {
        Guard().RefusalOf(new Uri("http://198.18.0.1/")).Should().Be("198.18.0.1 is in 198.18.0.0/15 (benchmarking, RFC 2544)");
        Guard().RefusalOf(new Uri("http://LocalHost./")).Should().Be("localhost is a local name (.localhost)");
        Guard().RefusalOf(new Uri("http://jira/")).Should().Be("jira is a single-label name");
        Guard().RefusalOf(new Uri($"http://{Machine.HostNames.First().ToUpperInvariant()}./")).Should().EndWith("is this machine's own name");
    }

    [Fact]
    public void Every_address_of_this_machine_is_its_own_and_a_public_one_is_not()
    {
        var own = NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(u => u.Address).ToList();
        own.Should().NotBeEmpty();
        foreach (var address in own)
        {
            Machine.Owns(address).Should().BeTrue(address.ToString());
            if (address.AddressFamily == AddressFamily.InterNetwork)
            {
                Machine.Owns(address.MapToIPv6()).Should().BeTrue($"{address} in its IPv4-mapped form");
            }
        }

        Machine.Owns(IPAddress.Parse("93.184.216.34")).Should().BeFalse();
        Machine.Owns(IPAddress.Parse("2606:2800:220:1:248:1893:25c8:1946")).Should().BeFalse();
    }

    [Fact]
    public void A_public_address_on_one_of_the_machines_interfaces_is_refused()
    {
        // No test machine has a public address, so this machine's interfaces are named here.
        var machine = new LocalMachine(TimeProvider.System, () => [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2a00:1450::1")]);
        var guard = new OutboundGuard(Options.Create(new NetworkOptions()), new MappedResolver(), machine);
        guard.RefusalOf(new Uri("http://93.184.216.34/")).Should().Be("93.184.216.34 is an address of this machine");
        guard.RefusalOf(new Uri("http://[::ffff:93.184.216.34]/")).Should().NotBeNull();
        guard.RefusalOf(new Uri("http://[64:ff9b::5db8:d822]/")).Should().NotBeNull("NAT64 leads to the same address");
        guard.RefusalOf(new Uri("http://[2a00:1450::1]/")).Should().NotBeNull();
        guard.RefusalOf(new Uri("http://1.1.1.1/")).Should().BeNull();
    }
}
