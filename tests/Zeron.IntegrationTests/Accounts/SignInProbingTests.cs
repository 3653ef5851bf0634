using System.Net;
using AwesomeAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;
using Zeron.Accounts.Domain;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Accounts;

/// <summary>
/// Sign-in cannot tell who exists: unknown, known and locked accounts answer alike and cost the same work, counted
/// (not timed) by a password hasher that wraps the app's own and counts its verifications.
/// </summary>
public sealed class SignInProbingTests(SignInProbingTests.CountingFactory app) : IClassFixture<SignInProbingTests.CountingFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_known_and_locked_accounts_each_cost_exactly_one_password_verification_on_both_sign_ins()
    {
        using var admin = await app.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        var known = await app.CreateSignInAccountAsync(admin, org, "known");
        var locked = await app.CreateSignInAccountAsync(admin, org, "locked");
        await using (var db = await app.OpenDatabaseAsync())
        {
            await using var lockIt = new NpgsqlCommand(
                "UPDATE accounts.users SET lockout_enabled = true, lockout_end = now() + interval '1 day' WHERE normalized_email = upper(@email)", db);
            lockIt.Parameters.AddWithValue("email", locked);
            (await lockIt.ExecuteNonQueryAsync(Ct)).Should().Be(1);
        }

        (string Case, string Email, string Password, HttpStatusCode Status)[] attempts =
        [
            ("unknown email", $"nobody-{Guid.NewGuid():N}@example.test", SignInAccounts.Password, HttpStatusCode.Unauthorized),
            ("known email, wrong password", known, "Wrong-Password-1", HttpStatusCode.Unauthorized),
            ("known email, right password", known, SignInAccounts.Password, HttpStatusCode.OK),
            ("locked account, right password", locked, SignInAccounts.Password, HttpStatusCode.Unauthorized),
        ];
        foreach (var (name, email, password, status) in attempts)
        {
            using var client = ClientAddress.Client(app, cookies: new CookieContainer());
            var before = app.Hashes.Verifications;
            using var token = await client.TokenAsync(email, password);
            token.StatusCode.Should().Be(status, name);
            (app.Hashes.Verifications - before).Should().Be(1, $"{name}: the token endpoint verifies one hash");

            before = app.Hashes.Verifications;
            using var page = await client.LoginPageAsync(email, password);
            page.StatusCode.Should().Be(status == HttpStatusCode.OK ? HttpStatusCode.Redirect : HttpStatusCode.OK, name);
            (app.Hashes.Verifications - before).Should().Be(1, $"{name}: the admin sign-in verifies one hash");
        }
    }

    [Fact]
    public async Task The_dummy_hash_is_made_by_the_apps_hasher_so_it_costs_what_a_real_one_does()
    {
        using var admin = await app.CreateAdminClientAsync();
        var known = await app.CreateSignInAccountAsync(admin, await admin.DemoOrganizationIdAsync(), "known");
        using var client = ClientAddress.Client(app);
        app.Hashes.VerifiedHashes.Clear();

        (await client.TokenAsync(known, "Whatever-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.TokenAsync($"nobody-{Guid.NewGuid():N}@example.test", "Whatever-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var hashes = app.Hashes.VerifiedHashes.Select(Convert.FromBase64String).ToList();
        hashes.Should().HaveCount(2);
        hashes[0].Should().NotEqual(hashes[1], "one is the account's, one the dummy");
        hashes.Should().OnlyContain(h => h[0] == 0x01, "Identity v3 format (PBKDF2 with the configured iteration count)");
        hashes.Select(h => h.AsSpan(1, 8).ToArray()).Distinct(new BytesComparer()).Should().ContainSingle("the dummy hash has the real ones' algorithm and iteration count");
    }

    /// <summary>Counts <see cref="IPasswordHasher{TUser}.VerifyHashedPassword"/> calls and remembers the hashes verified.</summary>
    public sealed class HashCounter
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public System.Collections.Concurrent.ConcurrentBag<string> VerifiedHashes { get; } = [];

        public void Count(string hash)
        {
            Interlocked.Increment(ref _verifications);
            VerifiedHashes.Add(hash);
        }
    }

    internal sealed class CountingHasher(HashCounter counter, PasswordHasher<ZeronUser> inner) : IPasswordHasher<ZeronUser>
    {
        public string HashPassword(ZeronUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ZeronUser user, string hashedPassword, string providedPassword)
        {
            counter.Count(hashedPassword);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class CountingFactory : ZeronAppFactory
    {
        public HashCounter Hashes { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddScoped<PasswordHasher<ZeronUser>>();
                services.AddScoped<IPasswordHasher<ZeronUser>>(sp => new CountingHasher(Hashes, sp.GetRequiredService<PasswordHasher<ZeronUser>>()));
            });
        }
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length == 0 ? 0 : obj[0];
    }
}
