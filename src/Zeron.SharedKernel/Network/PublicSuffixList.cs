using System.Globalization;

namespace Zeron.SharedKernel.Network;

/// <summary>
/// The Public Suffix List (https://publicsuffix.org): the names under which anyone may register a domain
/// (<c>com</c>, <c>co.uk</c>, <c>github.io</c>, ICANN and private sections alike). The list is embedded as
/// <c>Network/public_suffix_list.dat</c>, copied from Debian's <c>publicsuffix</c> package 20230209.2326-1 (the
/// upstream list of 2023-02-09), under the Mozilla Public License 2.0 as its header says. No NuGet package for it is
/// served here; the matcher follows the list's published algorithm: the longest matching rule wins, <c>*</c> matches
/// one label, <c>!</c> rules are exceptions, and a name no rule matches has its last label as suffix.
/// </summary>
public static class PublicSuffixList
{
    private static readonly Lazy<Rules> List = new(Load);

    /// <summary>Whether <paramref name="domain"/> (ASCII or Unicode, any case, trailing dot allowed) is itself a public suffix.</summary>
    public static bool IsPublicSuffix(string domain)
    {
        var name = Ascii(domain);
        return name is not null && PublicSuffixOf(name) == name;
    }

    /// <summary>
    /// Whether <paramref name="domain"/> is a public suffix or has one beneath it (<c>kawasaki.jp</c> under
    /// <c>*.kawasaki.jp</c>, <c>amazonaws.com</c> under <c>s3.amazonaws.com</c>): names under it are registered by
    /// different owners, so a wildcard over it admits strangers' sites.
    /// </summary>
    public static bool CoversPublicSuffix(string domain)
    {
        var name = Ascii(domain);
        return name is not null && (PublicSuffixOf(name) == name || List.Value.Parents.Contains(name));
    }

    /// <summary>The public suffix of <paramref name="domain"/> (e.g. <c>co.uk</c> for <c>shop.example.co.uk</c>); null for a name that is not one.</summary>
    public static string? PublicSuffix(string domain) => Ascii(domain) is { } name ? PublicSuffixOf(name) : null;

    private static string PublicSuffixOf(string name)
    {
        var rules = List.Value;
        var labels = name.Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            var candidate = string.Join('.', labels[i..]);
            if (rules.Exceptions.Contains(candidate))
            {
                return string.Join('.', labels[(i + 1)..]);
            }

            if (rules.Exact.Contains(candidate) || (i + 1 < labels.Length && rules.Wildcards.Contains(string.Join('.', labels[(i + 1)..]))))
            {
                return candidate;
            }
        }

        return labels[^1];
    }

    private static string? Ascii(string domain)
    {
        var trimmed = domain.Trim().TrimEnd('.');
        if (trimmed.Length == 0)
        {
            return null;
        }

        try
        {
            return new IdnMapping().GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Rules Load()
    {
        using var stream = typeof(PublicSuffixList).Assembly.GetManifestResourceStream("Zeron.SharedKernel.Network.public_suffix_list.dat")
            ?? throw new InvalidOperationException("The embedded public suffix list is missing.");
        using var reader = new StreamReader(stream);
        var rules = new Rules();
        while (reader.ReadLine() is { } line)
        {
            var rule = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (rule is null || rule.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var (set, text) = rule switch
            {
                ['!', .. var rest] => (rules.Exceptions, rest),
                ['*', '.', .. var rest] => (rules.Wildcards, rest),
                _ => (rules.Exact, rule),
            };
            var name = Ascii(text) ?? throw new InvalidOperationException($"Public suffix rule '{rule}' is not a domain name.");
            set.Add(name);
            if (set != rules.Exceptions)
            {
                // Every domain above a rule (and the base of a wildcard rule itself) has public suffixes beneath it.
                var labels = name.Split('.');
                for (var i = set == rules.Wildcards ? 0 : 1; i < labels.Length; i++)
                {
                    rules.Parents.Add(string.Join('.', labels[i..]));
                }
            }
        }

        return rules;
    }

    private sealed class Rules
    {
        public HashSet<string> Exact { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Wildcards { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Exceptions { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Parents { get; } = new(StringComparer.Ordinal);
    }
}
