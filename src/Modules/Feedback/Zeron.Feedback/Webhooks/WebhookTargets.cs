using System.Net;
using System.Net.Sockets;

namespace Zeron.Feedback.Webhooks;

/// <summary>
/// Server-side request forgery guard: webhook targets must not be loopback, private, link-local, unique-local,
/// carrier-grade NAT, multicast or unspecified addresses, unless <see cref="WebhookOptions.AllowPrivateTargets"/>.
/// The URL is checked when the webhook is saved (literal addresses, <c>localhost</c>) and every address is checked
/// again when connecting, so a DNS name that later resolves inside the network cannot slip through.
/// </summary>
internal static class WebhookTargets
{
    public const int MaxUrlLength = 2048;

    public static bool IsWellFormed(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0
        && uri.Fragment.Length == 0;

    /// <summary>True when the URL's host is <c>localhost</c> or a literal address that is not public.</summary>
    public static bool NamesPrivateHost(string url)
    {
        var uri = new Uri(url);
        if (uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && !IsPublic(address);
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        }

        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }
}
