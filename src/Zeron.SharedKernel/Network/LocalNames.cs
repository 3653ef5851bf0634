namespace Zeron.SharedKernel.Network;

/// <summary>
/// Host names that lead inside the network whatever DNS says, so they are refused before any lookup: single-label
/// names (completed by the resolver's search domains), <c>localhost</c> and <c>*.localhost</c> (RFC 6761 §6.3),
/// <c>localhost.localdomain</c>, <c>*.local</c> (mDNS, RFC 6762), <c>*.home.arpa</c> (RFC 8375), <c>*.internal</c>
/// (reserved for private use by ICANN, 2024), the private names RFC 6762 Appendix G lists as in common use
/// (<c>intranet</c>, <c>private</c>, <c>corp</c>, <c>home</c>, <c>lan</c>), and this machine's own names. Case and
/// trailing dots (<c>LocalHost.</c>) do not matter.
/// </summary>
public static class LocalNames
{
    private static readonly string[] Suffixes =
        ["localhost", "localdomain", "local", "home.arpa", "internal", "intranet", "private", "corp", "home", "lan"];

    /// <summary>The name in lower case without trailing dots: the form every comparison uses.</summary>
    public static string Canonical(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();

    /// <summary>Why <paramref name="host"/> (a name, not an address literal) is local; null when it may be public.</summary>
    public static string? Find(string host, LocalMachine machine)
    {
        var name = Canonical(host);
        if (machine.HostNames.Contains(name))
        {
            return "this machine's own name";
        }

        foreach (var suffix in Suffixes)
        {
            if (name == suffix || name.EndsWith($".{suffix}", StringComparison.Ordinal))
            {
                return $"a local name (.{suffix})";
            }
        }

        return name.Contains('.', StringComparison.Ordinal) ? null : "a single-label name";
    }
}
