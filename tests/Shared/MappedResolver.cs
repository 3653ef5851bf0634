using System.Collections.Concurrent;
using System.Net;
using Zeron.SharedKernel.Network;

namespace Zeron.Tests.Shared;

/// <summary>
/// DNS for names that cannot be resolved offline: each name answers the addresses given for it (none for others), and
/// every question is counted, so a test can see the guard asked once and never for a refused local name.
/// </summary>
public sealed class MappedResolver(params (string Name, string[] Addresses)[] names) : IHostNameResolver
{
    private readonly ConcurrentQueue<string> _asked = new();

    public IReadOnlyCollection<string> Asked => _asked;

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        _asked.Enqueue(host);
        var match = names.FirstOrDefault(n => string.Equals(n.Name, host, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(match.Addresses?.Select(IPAddress.Parse).ToArray() ?? []);
    }
}
