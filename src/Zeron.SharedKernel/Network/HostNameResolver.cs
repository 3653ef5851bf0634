using System.Net;

namespace Zeron.SharedKernel.Network;

/// <summary>Turns a host name into addresses for the outbound guard; the one seam between it and DNS.</summary>
public interface IHostNameResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The system resolver (hosts file, then DNS), as <see cref="Dns"/> asks it.</summary>
internal sealed class SystemHostNameResolver : IHostNameResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
