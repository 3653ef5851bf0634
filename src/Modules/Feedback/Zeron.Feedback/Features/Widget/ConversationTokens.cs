using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Zeron.Feedback.Features.Widget;

/// <summary>The app's signing secret, read from <c>Zeron:Auth:JwtSigningKey</c> (Accounts checks it at start).</summary>
internal sealed class ConversationTokenOptions
{
    public const string Section = "Zeron:Auth";

    public string JwtSigningKey { get; set; } = "";
}

/// <summary>
/// Conversation tokens are derived, not stored: <c>base64url(HMAC-SHA256(k, conversationId))</c> with
/// <c>k = HKDF-SHA256(secret, info "zeron/widget/conversation-token")</c>. So an idempotent replay can hand out the same
/// token again, a database leak reveals no token, and the key cannot be confused with the JWT key it comes from.
/// The id is hashed as its 16 RFC 4122 (big-endian) bytes, so other implementations can derive the same token.
/// </summary>
internal sealed class ConversationTokens
{
    private const string Info = "zeron/widget/conversation-token";
    private const int TokenBytes = 32;
    private readonly byte[] _key;

    public ConversationTokens(IOptions<ConversationTokenOptions> options)
    {
        var secret = options.Value.JwtSigningKey;
        if (string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException("Zeron__Auth__JwtSigningKey is missing; conversation tokens need it.");
        }

        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), TokenBytes, salt: [], info: Encoding.UTF8.GetBytes(Info));
    }

    public string For(Guid conversationId) => Base64Url.EncodeToString(Mac(conversationId));

    /// <summary>Constant-time check; anything that is not a well-formed token is simply wrong.</summary>
    public bool IsValid(Guid conversationId, string? token)
    {
        Span<byte> presented = stackalloc byte[TokenBytes];
        // IsValid first: TryDecodeFromChars throws (rather than returning false) on characters outside the alphabet.
        if (token is not { Length: 43 } || !Base64Url.IsValid(token, out var length) || length != TokenBytes
            || !Base64Url.TryDecodeFromChars(token, presented, out var written) || written != TokenBytes)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Mac(conversationId), presented);
    }

    private byte[] Mac(Guid conversationId) => HMACSHA256.HashData(_key, conversationId.ToByteArray(bigEndian: true));
}
