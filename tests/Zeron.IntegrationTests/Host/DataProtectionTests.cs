using System.Net;
using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>Data Protection keys live in PostgreSQL, so a sign-in cookie stays valid across restarts and replicas.</summary>
public sealed class DataProtectionTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_another_on_the_same_database()
    {
        var cookies = new CookieContainer();
        using var first = AdminSignIn.CookieClient(app, cookies);
        (await AdminSignIn.SignInAsync(first, ZeronAppFactory.AdminEmail, ZeronAppFactory.AdminPassword)).Dispose();
        var cookie = AdminSignIn.AuthCookie(cookies, app.BaseAddress);

        await using var replica = new ReplicaFactory(app.DatabaseName);
        await replica.InitializeAsync();
        using var second = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = replica.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/settings/members");
        request.Headers.Add("Cookie", cookie);
        using var response = await second.SendAsync(request, Ct);

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

    private sealed class ReplicaFactory(string database) : ZeronAppFactory(database, ownsDatabase: false);
}
