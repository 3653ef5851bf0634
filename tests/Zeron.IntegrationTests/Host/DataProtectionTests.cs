using System.Net;
using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Data Protection keys live in PostgreSQL, so a sign-in cookie stays valid across restarts and replicas, and they are
/// stored encrypted with <c>Zeron:DataProtection:KeyEncryptionKey</c>, so the database alone does not give them away.
/// </summary>
public sealed class DataProtectionTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_another_on_the_same_database()
    {
        var cookie = await SignInAsync(app);

        await using var replica = new ReplicaFactory(app.DatabaseName);
        await replica.InitializeAsync();
        using var response = await MembersPageAsync(replica, cookie);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the replica decrypts the cookie with the shared key ring");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain(ZeronAppFactory.AdminEmail);
    }

    [Fact]
    public async Task The_key_ring_is_stored_in_the_accounts_schema()
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM accounts.data_protection_keys", db);
        ((long)(await command.ExecuteScalarAsync(Ct))!).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task The_key_ring_is_stored_encrypted_never_as_plain_key_material()
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM accounts.data_protection_keys", db);
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                keys.Add(reader.GetString(0));
            }
        }

        keys.Should().NotBeEmpty().And.OnlyContain(xml => xml.Contains("<zeronEncryptedKey algorithm=\"AES-256-GCM\"", StringComparison.Ordinal));
        keys.Should().OnlyContain(xml => !xml.Contains("<masterKey", StringComparison.Ordinal) && !xml.Contains("unencrypted form", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_instance_with_another_key_encryption_key_refuses_to_start_naming_the_setting()
    {
        await using var own = new ZeronAppFactory();
        await own.InitializeAsync();
        await SignInAsync(own); // the first sign-in makes the first key

        var (exitCode, stderr) = await AppProcess.RunAsync(new()
        {
            ["ConnectionStrings__Postgres"] = own.RuntimeConnectionString,
            ["ConnectionStrings__PostgresMigrations"] = own.ConnectionString,
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
            ["Zeron__Auth__JwtSigningKey"] = ZeronAppFactory.JwtSigningKey,
            ["Zeron__DataProtection__KeyEncryptionKey"] = "another-key-encryption-key-0123456789-0123456789",
        });

        exitCode.Should().Be(1, "running would make keys the other instances cannot read");
        stderr.Should().Contain("Zeron__DataProtection__KeyEncryptionKey does not open the stored Data Protection keys").And.NotContain("   at ");
        await using var db = await own.OpenDatabaseAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM accounts.data_protection_keys", db);
        ((long)(await count.ExecuteScalarAsync(Ct))!).Should().Be(1, "the refused instance wrote no key of its own");
    }

    [Fact]
    public async Task After_a_change_of_secret_the_old_one_listed_as_previous_still_opens_the_stored_keys()
    {
        await using var own = new ZeronAppFactory();
        await own.InitializeAsync();
        var cookie = await SignInAsync(own);

        await using var rotated = new ReplicaFactory(
            own.DatabaseName, keyEncryptionKey: "the-new-key-encryption-key-0123456789-0123456789", previous: ZeronAppFactory.KeyEncryptionKey);
        await rotated.InitializeAsync();
        using var response = await MembersPageAsync(rotated, cookie);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the key that protects the cookie was sealed under the previous secret");
    }

    /// <summary>Signs in to the admin UI of <paramref name="instance"/>; the auth cookie as a browser would send it.</summary>
    private static async Task<string> SignInAsync(ZeronAppFactory instance)
    {
        var cookies = new CookieContainer();
        using var client = AdminSignIn.CookieClient(instance, cookies);
        (await AdminSignIn.SignInAsync(client, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        return AdminSignIn.AuthCookie(cookies, instance.BaseAddress);
    }

    /// <summary>An admin page on <paramref name="instance"/> with <paramref name="cookie"/>, redirects not followed.</summary>
    private static async Task<HttpResponseMessage> MembersPageAsync(ZeronAppFactory instance, string cookie)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = instance.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/settings/members");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, Ct);
    }

    private sealed class ReplicaFactory(string database, string? keyEncryptionKey = null, string? previous = null)
        : ZeronAppFactory(database, ownsDatabase: false)
    {
        protected override IReadOnlyDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?> { ["Zeron:DataProtection:KeyEncryptionKey"] = keyEncryptionKey ?? KeyEncryptionKey };
                if (previous is not null)
                {
                    settings["Zeron:DataProtection:PreviousKeyEncryptionKeys:0"] = previous;
                }

                return settings;
            }
        }
    }
}
