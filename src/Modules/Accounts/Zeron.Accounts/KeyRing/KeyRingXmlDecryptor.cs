using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Zeron.Accounts.KeyRing;

/// <summary>
/// Reads keys written by <see cref="KeyRingXmlEncryptor"/>. Data Protection creates it by the type name stored with each
/// key, through this public constructor; keys stored before encryption was configured are plain and never reach it.
/// </summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keyId = (string?)encryptedElement.Attribute("keyId");
        var cipher = services.GetRequiredService<KeyRingCiphers>().Find(keyId) ?? throw new CryptographicException(
            $"This Data Protection key was encrypted with another Zeron__DataProtection__KeyEncryptionKey (key id {keyId}); " +
            "if the secret was changed, list the old one in Zeron__DataProtection__PreviousKeyEncryptionKeys__0.");

        var plaintext = cipher.Open(Convert.FromBase64String(encryptedElement.Value));
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
