namespace Zeron.Accounts.KeyRing;

/// <summary>
/// The cipher new keys are sealed with (<c>KeyEncryptionKey</c>) and those that still open keys sealed before a change
/// of secret (<c>PreviousKeyEncryptionKeys</c>), found by the key id stored with each key.
/// </summary>
internal sealed class KeyRingCiphers
{
    private readonly Dictionary<string, KeyRingCipher> _byId;

    public KeyRingCiphers(KeyRingOptions options)
    {
        Current = new KeyRingCipher(options.KeyEncryptionKey);
        _byId = options.PreviousKeyEncryptionKeys.Select(secret => new KeyRingCipher(secret)).Append(Current)
            .DistinctBy(cipher => cipher.KeyId).ToDictionary(cipher => cipher.KeyId);
    }

    public KeyRingCipher Current { get; }

    public KeyRingCipher? Find(string? keyId) => keyId is not null && _byId.TryGetValue(keyId, out var cipher) ? cipher : null;
}
