using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Zeron.SharedKernel.Network;

/// <summary>
/// The one server-side request forgery guard for connections Zeron opens on a tenant's behalf. It decides twice:
/// when a target is saved (<see cref="RefusalOf(Uri, bool)"/>: address literals and names, no DNS) and when a
/// connection is opened (<see cref="ConnectAsync"/>, the <c>ConnectCallback</c> of every guarded HttpClient): the
/// name is resolved once, refused if any of its addresses is not public, and the socket connects only to those vetted
/// addresses, so a name that changes its answer between the check and the connect (DNS rebinding) cannot slip through.
/// </summary>
public sealed class OutboundGuard(IOptions<NetworkOptions> options, IHostNameResolver resolver, LocalMachine machine)
{
    public const string SwitchHint = "Zeron__Network__AllowPrivateTargets=true allows non-public targets";

    /// <summary>Whether non-public targets are allowed: the network-wide switch, or <paramref name="allowPrivate"/> (a module's own).</summary>
    public bool AllowsPrivateTargets(bool allowPrivate = false) => allowPrivate || options.Value.AllowPrivateTargets;

    /// <summary>Why the host of <paramref name="target"/> may not be reached; null when it may (or when private targets are allowed).</summary>
    public string? RefusalOf(Uri target, bool allowPrivate = false)
    {
        if (AllowsPrivateTargets(allowPrivate))
        {
            return null;
        }

        var host = target.IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
        {
            return RefusalOf(address) is { } why ? $"{address} is {why}" : null;
        }

        return LocalNames.Find(host, machine) is { } reason ? $"{LocalNames.Canonical(host)} is {reason}" : null;
    }

    /// <summary>Why <paramref name="address"/> is not a public destination; null when it is.</summary>
    public string? RefusalOf(IPAddress address) =>
        SpecialAddresses.Find(address) is { } range ? $"in {range}"
        : machine.Owns(address) ? "an address of this machine"
        : null;

    /// <summary>Resolves <paramref name="endpoint"/> once, refuses it unless every address is public, and connects to those addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var strict = !AllowsPrivateTargets(allowPrivate);
        var host = endpoint.Host.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            if (strict && LocalNames.Find(host, machine) is { } reason)
            {
                throw Refused($"{LocalNames.Canonical(host)} is {reason}");
            }

            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }

        // Which address a name resolved to stays out of the message: it is shown to the tenant, who should not learn
        // the inside of the network from it.
        if (strict && addresses.Any(a => RefusalOf(a) is not null))
        {
            throw Refused(literal is null ? $"{host} resolves to a non-public address" : $"{literal} is not a public address");
        }

        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} has no address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static HttpRequestException Refused(string why) => new($"Refused: {why}; outbound connections go to public addresses only ({SwitchHint}).");
}
