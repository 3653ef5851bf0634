using System.Net;
using System.Net.NetworkInformation;

namespace Zeron.SharedKernel.Network;

/// <summary>
/// This machine as a destination: its host names and the addresses of its interfaces. A name that resolves to one
/// of them (its own host name does, to a non-loopback address on most machines) reaches Zeron's own services.
/// The interface addresses are read again when the last reading is over 5 seconds old (DHCP, containers and VPNs
/// change them while Zeron runs); one reading costs about half a millisecond here, too much for every address of
/// every check, and the change notification is not delivered in every sandbox.
/// </summary>
public sealed class LocalMachine
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _clock;
    private readonly Func<IEnumerable<IPAddress>> _interfaceAddresses;
    private volatile Reading? _reading;

    public LocalMachine(TimeProvider clock)
        : this(clock, ReadInterfaceAddresses)
    {
    }

    /// <summary>With the interface addresses from <paramref name="interfaceAddresses"/>: tests name a public one, which no test machine has.</summary>
    internal LocalMachine(TimeProvider clock, Func<IEnumerable<IPAddress>> interfaceAddresses)
    {
        _clock = clock;
        _interfaceAddresses = interfaceAddresses;
    }

    /// <summary>The host name and, when the machine has a domain, its fully qualified name, in lower case without a trailing dot.</summary>
    public IReadOnlySet<string> HostNames { get; } = ReadHostNames();

    /// <summary>Whether <paramref name="address"/> (or the IPv4 address it embeds) belongs to one of this machine's interfaces.</summary>
    public bool Owns(IPAddress address) => Addresses().Contains(SpecialAddresses.Effective(address));

    private HashSet<IPAddress> Addresses()
    {
        var now = _clock.GetTimestamp();
        var reading = _reading;
        if (reading is null || _clock.GetElapsedTime(reading.Taken, now) > MaxAge)
        {
            reading = new Reading(now, [.. _interfaceAddresses().Select(SpecialAddresses.Effective)]);
            _reading = reading;
        }

        return reading.Addresses;
    }

    private static IEnumerable<IPAddress> ReadInterfaceAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces().SelectMany(nic => nic.GetIPProperties().UnicastAddresses).Select(unicast => unicast.Address);

    private static HashSet<string> ReadHostNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var properties = IPGlobalProperties.GetIPGlobalProperties();
        string[] candidates = [Dns.GetHostName(), properties.HostName, $"{properties.HostName.TrimEnd('.')}.{properties.DomainName.Trim('.')}"];
        foreach (var candidate in candidates)
        {
            var name = LocalNames.Canonical(candidate);
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private sealed record Reading(long Taken, HashSet<IPAddress> Addresses);
}
