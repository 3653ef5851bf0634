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
        var cipher = services.GetRequiredService<KeyRingCipher>();
        var keyId = (string?)encryptedElement.Attribute("keyId");
        if (keyId != cipher.KeyId)
        {
            throw new CryptographicException(
                $"This Data Protection key was encrypted with another Zeron__DataProtection__KeyEncryptionKey (key id {keyId}, configured {cipher.KeyId}).");
        }

        var plaintext = cipher.Open(Convert.FromBase64String(encryptedElement.Value));
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
