using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Zeron.Accounts.Authentication;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Http;
using Zeron.SharedKernel.Results;

namespace Zeron.Accounts.Features.IssueToken;

/// <summary>
/// Email + password check shared by the token endpoint, the admin sign-in and the password change. Every failure reads
/// the same and costs the same — one password hash verification, against a dummy hash when the account is unknown,
/// locked or has no password — so callers can tell unknown emails from wrong passwords neither by the answer nor by
/// its time. Each attempt is reserved with the <see cref="SignInThrottle"/> before the hash is verified (a success takes
/// it back); while it says wait, nothing is verified (429).
/// </summary>
internal sealed class PasswordCheck(UserManager<ZeronUser> users, SignInManager<ZeronUser> signIn, IPasswordHasher<ZeronUser> hasher, SignInThrottle throttle)
{
    public static readonly Error InvalidCredentials =
        Error.Unauthorized("auth.invalid_credentials", "Invalid email or password, or the account is locked.");

    private static readonly ZeronUser DummyUser = new();

    /// <summary>
    /// Made by the configured hasher (so with its algorithm and iteration count) from a random password, once, when the
    /// check is first built — not on the first unknown email, which would then cost two hashes.
    /// </summary>
    private readonly string _dummyHash = DummyHashes.GetOrAdd(hasher.GetType(), _ => hasher.HashPassword(DummyUser, RandomNumberGenerator.GetHexString(32)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> DummyHashes = new();

    public async Task<Result<ZeronUser>> CheckAsync(string email, string password, IPAddress? client, CancellationToken cancellationToken)
    {
        var account = users.NormalizeEmail(email.Trim()) ?? "";
        if (await throttle.ReserveAsync(account, client, cancellationToken) is { } wait)
        {
            return TooManyAttempts(wait);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (!await VerifyAsync(user, password))
        {
            return InvalidCredentials; // already counted by the reservation
        }

        await throttle.RecordSuccessAsync(account, client, cancellationToken);
        return user!;
    }

    /// <summary>The answer while the throttle says wait; the admin sign-in shows its message, the API adds <c>Retry-After</c>.</summary>
    public static Error TooManyAttempts(TimeSpan wait) =>
        Error.TooManyRequests("auth.too_many_attempts", $"Too many attempts, try again in {ApiProblems.RetryAfterSeconds(wait)} s.", wait);

    /// <summary>Exactly one hash verification whatever the account's state.</summary>
    private async Task<bool> VerifyAsync(ZeronUser? user, string password)
    {
        if (user?.PasswordHash is null || await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            hasher.VerifyHashedPassword(DummyUser, _dummyHash, password);
            return false;
        }

        return await users.CheckPasswordAsync(user, password);
    }
}
