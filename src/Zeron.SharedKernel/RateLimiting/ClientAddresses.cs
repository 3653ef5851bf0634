using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Zeron.SharedKernel.RateLimiting;

/// <summary>How a client address is counted by the rate limits.</summary>
public static class ClientAddresses
{
    /// <summary>IPv4 as is; IPv6 by its /64, the block one subscriber usually holds (else each address would be new).</summary>
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        return Convert.ToHexString(bytes, 0, 8).ToLower(CultureInfo.InvariantCulture) + "::/64";
    }
}
