using Microsoft.Extensions.Options;

namespace Zeron.Accounts.KeyRing;

/// <summary>Settings under <c>Zeron:DataProtection</c> (environment: <c>Zeron__DataProtection__…</c>).</summary>
internal sealed class KeyRingOptions
{
    public const string Section = "Zeron:DataProtection";

    /// <summary>
    /// Secret that encrypts the Data Protection key ring where it is stored (the Accounts schema), so a copy of
    /// the database alone reveals neither sign-in cookies' keys nor anything the app protects with them (webhook secrets).
    /// </summary>
    public string KeyEncryptionKey { get; set; } = "";

    /// <summary>
    /// Secrets used before the current one (environment: <c>Zeron__DataProtection__PreviousKeyEncryptionKeys__0</c>, <c>__1</c>, …).
    /// Keys sealed under them stay readable; new keys are sealed with <see cref="KeyEncryptionKey"/>.
    /// </summary>
    public List<string> PreviousKeyEncryptionKeys { get; set; } = [];
}

/// <summary>Checks <see cref="KeyRingOptions"/> at start; each message names the environment variable to fix.</summary>
internal sealed class KeyRingOptionsValidator : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.KeyEncryptionKey))
        {
            return ValidateOptionsResult.Fail(
                "Zeron__DataProtection__KeyEncryptionKey is missing: set it to a random secret of at least 32 characters and keep it with your backups.");
        }

        if (options.KeyEncryptionKey.Length < 32)
        {
            return ValidateOptionsResult.Fail("Zeron__DataProtection__KeyEncryptionKey is too short: it needs at least 32 characters.");
        }

        return options.PreviousKeyEncryptionKeys.Any(secret => secret.Length < 32)
            ? ValidateOptionsResult.Fail("Zeron__DataProtection__PreviousKeyEncryptionKeys: each entry needs at least 32 characters.")
            : ValidateOptionsResult.Success;
    }
}
