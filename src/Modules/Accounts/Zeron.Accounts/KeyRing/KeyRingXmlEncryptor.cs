using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Zeron.Accounts.KeyRing;

/// <summary>
/// Encrypts each new Data Protection key before it is written to the database. The cipher is resolved on first use, not
/// when the pipeline is built, so a missing secret is reported by the start-up options check like every other setting.
/// </summary>
internal sealed class KeyRingXmlEncryptor(IServiceProvider services) : IXmlEncryptor
{
    public const string ElementName = "zeronEncryptedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var cipher = services.GetRequiredService<KeyRingCiphers>().Current;
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement(ElementName,
            new XAttribute("algorithm", "AES-256-GCM"),
            new XAttribute("keyId", cipher.KeyId),
            Convert.ToBase64String(cipher.Seal(plaintext)));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }
}
