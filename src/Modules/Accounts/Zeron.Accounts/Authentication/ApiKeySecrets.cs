using System.Security.Cryptography;
using System.Text;

namespace Zeron.Accounts.Authentication;

/// <summary>
/// API key format: <c>zk_{12-char id}_{43-char secret}</c>. The id part (with <c>zk_</c>) is the stored, listed
/// prefix used to find the row; the whole key is stored only as SHA-256 (the secret has 256 bits of entropy, so a
/// slow password hash adds nothing).
/// </summary>
internal static class ApiKeySecrets
{
    public const string KeyPrefix = "zk_";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const int IdLength = 12;
    private static readonly System.Buffers.SearchValues<char> IdCharacters = System.Buffers.SearchValues.Create(Alphabet);

    public static (string Key, string Prefix, byte[] Hash) Generate()
    {
        var id = RandomNumberGenerator.GetString(Alphabet, IdLength);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var prefix = KeyPrefix + id;
        var key = $"{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    /// <summary>Splits a presented key into its lookup prefix; null when it is not shaped like a Zeron key.</summary>
    public static string? PrefixOf(string key)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 128)
        {
            return null;
        }

        var end = KeyPrefix.Length + IdLength;
        if (key.Length <= end || key[end] != '_')
        {
            return null;
        }

        var id = key.AsSpan(KeyPrefix.Length, IdLength);
        return id.ContainsAnyExcept(IdCharacters) ? null : key[..end];
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);
}
