using System.Net;
using System.Net.Sockets;

namespace Zeron.SharedKernel.Network;

/// <summary>A block of address space that is not an ordinary public destination, with where it is defined.</summary>
public sealed record SpecialRange(IPNetwork Network, string Purpose)
{
    public override string ToString() => $"{Network} ({Purpose})";
}

/// <summary>
/// Which addresses are not public destinations. The tables follow IANA's registries as of 2026-12:
/// IPv4 Special-Purpose Address Registry (https://www.iana.org/assignments/iana-ipv4-special-registry),
/// IPv6 Special-Purpose Address Registry (https://www.iana.org/assignments/iana-ipv6-special-registry),
/// the IPv4 Multicast and IPv4/IPv6 Address Space registries (multicast, 240/4, site-local, and IPv6 outside
/// 2000::/3, which IANA has not allocated for global unicast). Every entry is refused, even those the registry marks
/// globally reachable (anycast, AS112, AMT): none of them is a place a tenant's webhook or API call should go.
/// IPv6 forms that carry an IPv4 address (mapped, NAT64 well-known prefix, 6to4) are judged by that address.
/// </summary>
public static class SpecialAddresses
{
    private static readonly SpecialRange[] IPv4 =
    [
        V("0.0.0.0/8", "\"this network\", RFC 791"),
        V("10.0.0.0/8", "private use, RFC 1918"),
        V("100.64.0.0/10", "shared address space (carrier-grade NAT), RFC 6598"),
        V("127.0.0.0/8", "loopback, RFC 1122"),
        V("169.254.0.0/16", "link-local, RFC 3927"),
        V("172.16.0.0/12", "private use, RFC 1918"),
        V("192.0.0.0/24", "IETF protocol assignments, RFC 6890"),
        V("192.0.2.0/24", "documentation TEST-NET-1, RFC 5737"),
        V("192.31.196.0/24", "AS112-v4, RFC 7535"),
        V("192.52.193.0/24", "AMT, RFC 7450"),
        V("192.88.99.0/24", "deprecated 6to4 relay anycast, RFC 7526"),
        V("192.168.0.0/16", "private use, RFC 1918"),
        V("192.175.48.0/24", "direct delegation AS112 service, RFC 7534"),
        V("198.18.0.0/15", "benchmarking, RFC 2544"),
        V("198.51.100.0/24", "documentation TEST-NET-2, RFC 5737"),
        V("203.0.113.0/24", "documentation TEST-NET-3, RFC 5737"),
        V("224.0.0.0/4", "multicast, RFC 5771"),
        V("240.0.0.0/4", "reserved, RFC 1112 (holds 255.255.255.255 limited broadcast, RFC 8190)"),
    ];

    private static readonly SpecialRange[] IPv6 =
    [
        V("::/128", "unspecified, RFC 4291"),
        V("::1/128", "loopback, RFC 4291"),
        V("::/96", "deprecated IPv4-compatible, RFC 4291"),
        V("::ffff:0:0:0/96", "IPv4-translated (SIIT), RFC 2765"),
        V("64:ff9b:1::/48", "local-use IPv4/IPv6 translation, RFC 8215"),
        V("100::/64", "discard-only, RFC 6666"),
        V("100:0:0:1::/64", "dummy IPv6 prefix, RFC 9780"),
        V("2001::/23", "IETF protocol assignments incl. Teredo 2001::/32, RFC 2928 / RFC 4380"),
        V("2001:db8::/32", "documentation, RFC 3849"),
        V("2620:4f:8000::/48", "direct delegation AS112 service, RFC 7534"),
        V("3fff::/20", "documentation, RFC 9637"),
        V("5f00::/16", "segment routing (SRv6) SIDs, RFC 9602"),
        V("fc00::/7", "unique-local, RFC 4193"),
        V("fe80::/10", "link-local, RFC 4291"),
        V("fec0::/10", "deprecated site-local, RFC 3879"),
        V("ff00::/8", "multicast, RFC 4291"),
    ];

    private static readonly SpecialRange OutsideGlobalUnicast = V("::/0", "outside 2000::/3 global unicast, IANA IPv6 Address Space");

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    /// <summary>The special range <paramref name="address"/> (or the IPv4 address it embeds) lies in; null when it is public.</summary>
    public static SpecialRange? Find(IPAddress address)
    {
        var target = Effective(address);
        if (target.AddressFamily == AddressFamily.InterNetwork)
        {
            return Array.Find(IPv4, r => Contains(r.Network, target));
        }

        return Array.Find(IPv6, r => Contains(r.Network, target))
            ?? (Contains(GlobalUnicast, target) || Contains(Nat64, target) ? null : OutsideGlobalUnicast);
    }

    public static bool IsPublic(IPAddress address) => Find(address) is null;

    /// <summary>
    /// The address a connection really reaches: the IPv4 address inside an IPv4-mapped (::ffff:0:0/96), NAT64
    /// well-known-prefix (64:ff9b::/96, RFC 6052: the last 32 bits) or 6to4 (2002::/16, RFC 3056: bits 16–47)
    /// address; otherwise the address itself (without a scope id).
    /// </summary>
    public static IPAddress Effective(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6 || Contains(Nat64, address))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return Contains(SixToFour, address) ? new IPAddress(bytes.AsSpan(2, 4)) : new IPAddress(bytes);
    }

    /// <summary>
    /// Prefix match on the bytes. <see cref="IPNetwork.Contains"/> is not used: it judges an IPv4-mapped address
    /// by its IPv4 form, which matched ::ffff:10.0.0.1 to 2000::/3 in a test.
    /// </summary>
    private static bool Contains(IPNetwork network, IPAddress address)
    {
        if (network.BaseAddress.AddressFamily != address.AddressFamily)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[16];
        Span<byte> candidate = stackalloc byte[16];
        network.BaseAddress.TryWriteBytes(prefix, out var length);
        address.TryWriteBytes(candidate, out _);
        var bits = network.PrefixLength;
        var whole = bits / 8;
        if (!candidate[..whole].SequenceEqual(prefix[..whole]))
        {
            return false;
        }

        var rest = bits % 8;
        return rest == 0 || whole >= length || ((candidate[whole] ^ prefix[whole]) & (0xFF << (8 - rest)) & 0xFF) == 0;
    }

    private static SpecialRange V(string cidr, string purpose) => new(IPNetwork.Parse(cidr), purpose);
}
