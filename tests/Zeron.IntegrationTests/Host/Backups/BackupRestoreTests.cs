using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Npgsql;
using StackExchange.Redis;
using Xunit;
using Zeron.IntegrationTests.Feedback.Widget;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host.Backups;

/// <summary>
/// The real <c>./zeron backup</c> and <c>./zeron restore</c> on an install of their own: data made through the app,
/// backed up, wiped (database dropped, Redis flushed), restored, and the app started again finds it all, and its
/// users' password, saved cookie and API key still sign them in.
/// </summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private const string Password = "Member-Password-1";
    private readonly ThrowawayInstall _install = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _install.InitializeAsync();

    public ValueTask DisposeAsync() => _install.DisposeAsync();

    [Fact]
    public async Task Backup_wipe_restore_brings_back_data_and_sign_ins()
    {
        var email = $"member-{Guid.NewGuid():N}@example.test";
        Guid org, project;
        string apiKey, cookie;
        await using (var app = new InstallApp(_install))
        {
            await app.InitializeAsync();
            using var admin = await app.CreateAdminClientAsync();
            org = await admin.CreateOrganizationAsync("Backed up");
            await app.AddNewUserAsync(admin, org, email, "Owner", Password);
            (_, apiKey) = await admin.CreateApiKeyAsync(org);
            using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "Shop", allowedOrigins = new[] { "https://shop.example.com" } }, Ct);
            var body = await created.EnsureSuccessStatusCode().ReadJsonAsync();
            project = body["id"]!.GetValue<Guid>();
            var key = body["publicKey"]!.GetValue<string>();
            using var widget = WidgetClient.Create(app);
            using var submitted = await widget.SubmitAsync(key, WidgetClient.Body(key, "c-1", "Backed-up feedback"), "https://shop.example.com");
            submitted.StatusCode.Should().Be(HttpStatusCode.Created);
            var cookies = new CookieContainer();
            using var browser = AdminSignIn.CookieClient(app, cookies);
            (await AdminSignIn.SignInAsync(browser, email, Password)).Dispose();
            cookie = AdminSignIn.AuthCookie(cookies, app.BaseAddress);
        }

        _install.ClearPools();
        await SetRedisMarkerAsync();
        var backup = Path.Combine(_install.Directory, "backup");
        var (backedUp, backupOutput) = await _install.RunAsync("backup", backup);
        backedUp.Should().Be(0, backupOutput);
        backupOutput.Should().Contain("Zeron__DataProtection__KeyEncryptionKey is NOT in the backup");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(backup, "manifest.json"), Ct))!;
        manifest["migrations"]!["accounts"]!.AsArray().Should().NotBeEmpty();
        manifest["migrations"]!["feedback"]!.AsArray().Should().NotBeEmpty();
        manifest["files"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Should().BeEquivalentTo("postgres.dump", "redis.rdb");

        var (refused, refusedOutput) = await _install.RunAsync("restore", backup);
        refused.Should().Be(1, "the install still has its data");
        refusedOutput.Should().Contain("is not empty");

        await WipeAsync();
        var (restored, restoreOutput) = await _install.RunAsync("restore", backup);
        restored.Should().Be(0, restoreOutput);

        await using (var app = new InstallApp(_install))
        {
            await app.InitializeAsync();
            using var withKey = app.CreateClient(apiKey);
            var page = await withKey.GetFromJsonAsync<JsonObject>($"/api/v1/orgs/{org}/projects/{project}/feedback", Ct);
            page!["items"]!.AsArray().Select(i => i!["message"]!.GetValue<string>()).Should().Equal("Backed-up feedback");

            using var savedCookie = AdminSignIn.CookieClient(app, new CookieContainer());
            savedCookie.DefaultRequestHeaders.Add("Cookie", cookie);
            using var adminPage = await savedCookie.GetAsync("/admin", Ct);
            adminPage.StatusCode.Should().Be(HttpStatusCode.OK, "the cookie from before the backup still signs in");

            using var again = AdminSignIn.CookieClient(app, new CookieContainer());
            (await AdminSignIn.SignInAsync(again, email, Password)).Dispose();
        }

        (await ReadRedisMarkerAsync()).Should().Be("before the backup");
    }

    private async Task WipeAsync()
    {
        _install.ClearPools();
        await using (var postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_install.Owner) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await postgres.OpenAsync(Ct);
            await using var drop = new NpgsqlCommand("DROP DATABASE zeron WITH (FORCE)", postgres);
            await drop.ExecuteNonQueryAsync(Ct);
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(_install.Redis + ",allowAdmin=true");
        await redis.GetServers().Single().FlushAllDatabasesAsync();
        (await ReadRedisMarkerAsync()).Should().BeNull();
    }

    private async Task SetRedisMarkerAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_install.Redis);
        await redis.GetDatabase().StringSetAsync("backup-test:marker", "before the backup");
    }

    private async Task<string?> ReadRedisMarkerAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_install.Redis);
        return await redis.GetDatabase().StringGetAsync("backup-test:marker");
    }

    /// <summary>The app on the install's own PostgreSQL and Redis.</summary>
    private sealed class InstallApp(ThrowawayInstall install) : ZeronAppFactory("zeron", ownsDatabase: false)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = install.Runtime,
            ["ConnectionStrings:PostgresMigrations"] = install.Owner,
            ["ConnectionStrings:Redis"] = install.Redis,
        };
    }
}
