using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zeron.Feedback.Webhooks;

/// <summary>
/// <c>X-Zeron-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "t.body")&gt;</c>. Receivers recompute it
/// over the raw body and reject old timestamps, which stops replays.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "X-Zeron-Signature";

    public static string Create(string secret, long unixSeconds, string body)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
