using System.Security.Cryptography;
using System.Xml.Linq;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Accounts.KeyRing;

namespace Zeron.UnitTests.Accounts.KeyRing;

public sealed class KeyRingEncryptionTests
{
    private const string Secret = "unit-test-key-encryption-key-0123456789-abcdef";

    private static readonly XElement Key = XElement.Parse(
        "<masterKey xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\" p4:requiresEncryption=\"true\"><value>c2VjcmV0LWtleS1tYXRlcmlhbA==</value></masterKey>");

    [Fact]
    public void An_encrypted_key_decrypts_to_the_same_element_with_the_same_secret()
    {
        var encrypted = new KeyRingXmlEncryptor(Services(Secret)).Encrypt(Key);

        encrypted.DecryptorType.Should().Be<KeyRingXmlDecryptor>();
        encrypted.EncryptedElement.ToString().Should().NotContain("c2VjcmV0LWtleS1tYXRlcmlhbA").And.NotContain("masterKey");
        var decrypted = Decryptor(Secret).Decrypt(encrypted.EncryptedElement);
        XNode.DeepEquals(decrypted, Key).Should().BeTrue();
    }

    [Fact]
    public void The_same_key_encrypts_differently_each_time()
    {
        var encryptor = new KeyRingXmlEncryptor(Services(Secret));

        encryptor.Encrypt(Key).EncryptedElement.Value.Should().NotBe(encryptor.Encrypt(Key).EncryptedElement.Value);
    }

    [Fact]
    public void Another_secret_is_named_as_the_reason_it_cannot_decrypt()
    {
        var encrypted = new KeyRingXmlEncryptor(Services(Secret)).Encrypt(Key).EncryptedElement;

        var decrypt = () => Decryptor("another-key-encryption-key-0123456789-abcdef").Decrypt(encrypted);

        decrypt.Should().Throw<CryptographicException>().WithMessage("*another Zeron__DataProtection__KeyEncryptionKey*");
    }

    [Fact]
    public void After_a_change_of_secret_keys_sealed_under_the_old_one_open_and_new_ones_use_the_new_one()
    {
        const string newSecret = "the-new-key-encryption-key-0123456789-abcdef";
        var old = new KeyRingXmlEncryptor(Services(Secret)).Encrypt(Key).EncryptedElement;
        var rotated = Services(newSecret, Secret);

        XNode.DeepEquals(new KeyRingXmlDecryptor(rotated).Decrypt(old), Key).Should().BeTrue();
        var fresh = new KeyRingXmlEncryptor(rotated).Encrypt(Key).EncryptedElement;
        fresh.Attribute("keyId")!.Value.Should().Be(new KeyRingCipher(newSecret).KeyId).And.NotBe(old.Attribute("keyId")!.Value);
        var withOldSecretOnly = () => Decryptor(Secret).Decrypt(fresh);
        withOldSecretOnly.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void A_changed_ciphertext_is_refused()
    {
        var encrypted = new KeyRingXmlEncryptor(Services(Secret)).Encrypt(Key).EncryptedElement;
        var bytes = Convert.FromBase64String(encrypted.Value);
        bytes[^1] ^= 1;
        encrypted.Value = Convert.ToBase64String(bytes);

        var decrypt = () => Decryptor(Secret).Decrypt(encrypted);

        decrypt.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void A_short_previous_secret_is_refused_with_the_setting_named()
    {
        var result = new KeyRingOptionsValidator().Validate(null, new KeyRingOptions { KeyEncryptionKey = Secret, PreviousKeyEncryptionKeys = ["short"] });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("PreviousKeyEncryptionKeys");
    }

    [Theory]
    [InlineData("", "*KeyEncryptionKey is missing*")]
    [InlineData("short-secret", "*KeyEncryptionKey is too short*")]
    public void A_missing_or_short_secret_is_refused_with_the_setting_named(string secret, string message)
    {
        var result = new KeyRingOptionsValidator().Validate(null, new KeyRingOptions { KeyEncryptionKey = secret });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Match(message);
    }

    private static KeyRingXmlDecryptor Decryptor(string secret) => new(Services(secret));

    private static ServiceProvider Services(string secret, params string[] previous) =>
        new ServiceCollection()
            .AddSingleton(new KeyRingCiphers(new KeyRingOptions { KeyEncryptionKey = secret, PreviousKeyEncryptionKeys = [.. previous] }))
            .BuildServiceProvider();
}
