using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Zeron.Integrations.Connections;

/// <summary>Encrypts connection secrets at rest with ASP.NET Data Protection (keys in PostgreSQL), under a purpose of their own.</summary>
internal sealed class ConnectionSecrets(IDataProtectionProvider provider)
{
    /// <summary>A secret protected for connections cannot be unprotected for anything else (webhooks use another purpose).</summary>
    public const string Purpose = "Zeron.Integrations.Connections.Secret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The secret, or null when it cannot be decrypted (the key ring it was protected with is gone).</summary>
    public string? TryUnprotect(string protectedSecret)
    {
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
