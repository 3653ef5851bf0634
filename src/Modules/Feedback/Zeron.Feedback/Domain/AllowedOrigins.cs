using System.Text.RegularExpressions;
using Zeron.SharedKernel.Network;

namespace Zeron.Feedback.Domain;

/// <summary>
/// A project's origin allowlist: exact <c>scheme://host[:port]</c> entries, or <c>https://*.example.com</c>, which
/// admits every sub-domain of example.com (at any depth) but not example.com itself. A wildcard over a public suffix
/// (<c>https://*.com</c>, <c>https://*.co.uk</c>, <c>https://*.github.io</c>) would admit every site registered under
/// it, so it is not an entry (<see cref="PublicSuffixList"/>), and one saved before this rule admits nothing.
/// </summary>
internal static partial class AllowedOrigins
{
    public const int MaxEntries = 50;

    /// <summary>The canonical form of an entry (lower case, no default port), or null when it is not one.</summary>
    public static string? Normalize(string? entry)
    {
        var value = entry?.Trim().TrimEnd('/').ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length > 253)
        {
            return null;
        }

        if (value.StartsWith("https://*.", StringComparison.Ordinal))
        {
            return WildcardRegex().IsMatch(value) && !CoversPublicSuffix(value) ? value : null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            || value.EndsWith(':') || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host}" : $"{uri.Scheme}://{uri.Host}:{uri.Port}";
    }

    /// <summary>Whether a request's <c>Origin</c> header is admitted by the list.</summary>
    public static bool Admits(IEnumerable<string> allowed, string? origin)
    {
        var candidate = Normalize(origin);
        if (candidate is null || candidate.Contains('*', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var entry in allowed)
        {
            if (entry == candidate)
            {
                return true;
            }

            if (entry.StartsWith("https://*.", StringComparison.Ordinal) && candidate.StartsWith("https://", StringComparison.Ordinal)
                && candidate.EndsWith(entry["https://*".Length..], StringComparison.Ordinal) && !CoversPublicSuffix(entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="entry"/> is a wildcard entry whose domain is, or lies above, a public suffix.</summary>
    public static bool CoversPublicSuffix(string? entry)
    {
        var value = entry?.Trim().TrimEnd('/').ToLowerInvariant();
        if (value is null || !value.StartsWith("https://*.", StringComparison.Ordinal))
        {
            return false;
        }

        var domain = value["https://*.".Length..];
        var port = domain.IndexOf(':', StringComparison.Ordinal);
        return PublicSuffixList.CoversPublicSuffix(port < 0 ? domain : domain[..port]);
    }

    [GeneratedRegex(@"^https://\*(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+(:\d{1,5})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex WildcardRegex();
}
