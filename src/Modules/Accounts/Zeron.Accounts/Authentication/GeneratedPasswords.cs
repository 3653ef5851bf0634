using System.Security.Cryptography;

namespace Zeron.Accounts.Authentication;

/// <summary>
/// One-time passwords Zeron generates (first-run admin, new members): 20 unambiguous characters, always with a
/// lower-case letter, an upper-case letter and a digit, so Identity's password rules accept every one of them.
/// </summary>
internal static class GeneratedPasswords
{
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    public static string New()
    {
        var chars = (RandomNumberGenerator.GetString(Lower + Upper + Digits, 17)
            + RandomNumberGenerator.GetString(Lower, 1) + RandomNumberGenerator.GetString(Upper, 1) + RandomNumberGenerator.GetString(Digits, 1)).ToCharArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
