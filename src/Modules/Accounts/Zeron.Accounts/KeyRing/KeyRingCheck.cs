using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.KeyRing;

/// <summary>
/// Stops the start, before anything runs, when the stored key ring holds keys that no configured secret opens.
/// Data Protection itself only logs such keys and makes a new one, so an instance started with the wrong
/// <c>KeyEncryptionKey</c> would run, sign nobody in with the others' cookies and write keys the others cannot read.
/// </summary>
internal sealed class KeyRingCheck(IServiceScopeFactory scopes) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ciphers = scope.ServiceProvider.GetRequiredService<KeyRingCiphers>();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var stored = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync(cancellationToken);
        var unknown = stored.SelectMany(SealedUnder).Where(id => ciphers.Find(id) is null).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new OptionsValidationException(KeyRingOptions.Section, typeof(KeyRingOptions), [
                $"Zeron__DataProtection__KeyEncryptionKey does not open the stored Data Protection keys sealed under key id {string.Join(", ", unknown)}: " +
                "set the secret they were sealed with, or list it in Zeron__DataProtection__PreviousKeyEncryptionKeys__0 " +
                "(or delete those rows from accounts.data_protection_keys if they are damaged or no longer wanted).",
            ]);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The key ids a stored key is sealed under; a key that is not even XML counts as sealed under none we know.</summary>
    private static IEnumerable<string?> SealedUnder(string? xml)
    {
        if (xml is null)
        {
            return [];
        }

        XElement key;
        try
        {
            key = XElement.Parse(xml);
        }
        catch (XmlException)
        {
            return ["(unreadable entry)"];
        }

        return key.Descendants(KeyRingXmlEncryptor.ElementName).Select(element => (string?)element.Attribute("keyId"));
    }
}
