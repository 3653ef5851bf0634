using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Zeron.Accounts.Data;

namespace Zeron.Accounts.Authentication;

/// <summary>
/// Sessions end when the user's Identity security stamp changes (sign-out, password change, removal from an
/// organization: docs/adr/0017). The admin cookie carries the stamp and is checked by Identity's
/// <c>SecurityStampValidator</c>; an access token carries a fingerprint of it (<see cref="ClaimType"/>), checked here
/// against the user's current stamp, cached in memory for <c>Zeron__Auth__SessionCheckSeconds</c> (0: read every request).
/// </summary>
internal sealed class SessionStamps(IMemoryCache cache, IOptions<AuthOptions> options)
{
    public const string ClaimType = "zeron_session";

    /// <summary>Why a token was refused; the challenge tells the caller to sign in again.</summary>
    public const string EndedMessage = "The session has ended: sign in again.";

    /// <summary>The first 128 bits of SHA-256 of the stamp, base64url: ties a token to the stamp without showing it.</summary>
    public static string Fingerprint(string? stamp) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? "")).AsSpan(0, 16));

    public async Task<bool> IsCurrentAsync(Guid userId, string? fingerprint, AccountsDbContext db, CancellationToken cancellationToken) =>
        fingerprint is not null && await CurrentAsync(userId, db, cancellationToken) == fingerprint;

    /// <summary>Drops this instance's cached stamp at once (other instances notice within the check interval).</summary>
    public void Forget(Guid userId) => cache.Remove(CacheKey(userId));

    private async Task<string?> CurrentAsync(Guid userId, AccountsDbContext db, CancellationToken cancellationToken)
    {
        var seconds = options.Value.SessionCheckSeconds;
        if (seconds > 0 && cache.TryGetValue(CacheKey(userId), out string? cached))
        {
            return cached;
        }

        var stamp = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
        var current = stamp is null ? null : Fingerprint(stamp);
        if (seconds > 0)
        {
            cache.Set(CacheKey(userId), current, TimeSpan.FromSeconds(seconds));
        }

        return current;
    }

    private static string CacheKey(Guid userId) => $"zeron:session-stamp:{userId:N}";
}
