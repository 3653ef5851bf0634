using System.Buffers;
using System.Security.Cryptography;

namespace Zeron.Feedback.Domain;

/// <summary>Public widget keys: <c>pk_</c> + 24 random alphanumerics (not secret, but unguessable).</summary>
internal static class ProjectKeys
{
    public const string Prefix = "pk_";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const int RandomLength = 24;
    private static readonly SearchValues<char> AlphabetValues = SearchValues.Create(Alphabet);

    public static string New() => Prefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    /// <summary>Shape check before any database work: anything else cannot be a key.</summary>
    public static bool LooksValid(string? key) =>
        key is { Length: 27 } && key.StartsWith(Prefix, StringComparison.Ordinal) && !key.AsSpan(3).ContainsAnyExcept(AlphabetValues);
}
