using System.Security.Cryptography;
using System.Text;

namespace Zeron.Accounts.KeyRing;

/// <summary>
/// AES-256-GCM over one key-ring entry. The key is derived (HKDF-SHA256) from the configured secret; its id, a hash of the
/// derived key, is stored beside the ciphertext so a wrong secret is named as such instead of failing as corrupt data.
/// Layout of the sealed bytes: nonce (12) | tag (16) | ciphertext.
/// </summary>
internal sealed class KeyRingCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Info = "Zeron Data Protection key ring v1"u8.ToArray();
    private static readonly byte[] AssociatedData = "zeron:key-ring:v1"u8.ToArray();

    private readonly byte[] _key;

    public KeyRingCipher(string secret)
    {
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, info: Info);
        KeyId = Convert.ToHexStringLower(SHA256.HashData(_key).AsSpan(0, 8));
    }

    public string KeyId { get; }

    public byte[] Seal(byte[] plaintext)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData);
        return sealedBytes;
    }

    /// <exception cref="CryptographicException">The bytes were changed or sealed with another key.</exception>
    public byte[] Open(byte[] sealedBytes)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The encrypted key-ring entry is truncated.");
        }

        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext, AssociatedData);
        return plaintext;
    }
}
