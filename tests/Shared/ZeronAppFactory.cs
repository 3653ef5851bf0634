using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Xunit;

namespace Zeron.Tests.Shared;

/// <summary>
/// The real app on Kestrel (a real port), against its own fresh PostgreSQL database and the throwaway Redis:
/// each test class that takes this fixture is isolated from every other.
/// </summary>
public class ZeronAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@zeron.test";
    public const string AdminPassword = "Admin-Password-123";
    public const string JwtSigningKey = "test-signing-key-0123456789-0123456789-0123456789";
    public const string KeyEncryptionKey = "test-key-encryption-key-0123456789-0123456789";

    /// <summary>The app's runtime role, as in production: neither superuser nor table owner, so RLS applies.</summary>
    public const string RuntimeRole = "zeron_app";

    private readonly string _database;
    private readonly bool _ownsDatabase;
    private bool _created;

    public ZeronAppFactory()
        : this($"zt_{Guid.NewGuid():N}", ownsDatabase: true)
    {
    }

    /// <summary>A second app instance on another instance's database (a restart, or a scaled-out replica).</summary>
    protected ZeronAppFactory(string database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    public string DatabaseName => _database;

    /// <summary>The PostgreSQL server (as its superuser) and Redis the app uses: the throwaway ones of <c>./zeron test</c>.</summary>
    protected virtual string PostgresAdmin => TestEnvironment.PostgresAdmin;

    /// <inheritdoc cref="PostgresAdmin"/>
    protected virtual string Redis => TestEnvironment.Redis;

    /// <summary>The owner (superuser in tests): migrations, and raw SQL in tests.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = _database, Pooling = true }.ConnectionString;

    /// <summary>What the app itself connects as.</summary>
    public string RuntimeConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { Username = RuntimeRole, Password = null }.ConnectionString;

    /// <summary>The address Kestrel really listens on, read from the server itself, for clients over a real socket.</summary>
    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"Kestrel has no http address (has: {string.Join(", ", addresses)}).");
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        }
    }

    /// <summary>Runs on the new, empty database before the app starts (and applies its migrations), e.g. to stage an older version.</summary>
    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;

    /// <summary>Extra settings a test class needs (applied after the defaults).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        if (!_ownsDatabase)
        {
            UseKestrel(0);
            StartServer();
            return;
        }

        await using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var role = new NpgsqlCommand(
                $"DO $$ BEGIN CREATE ROLE {RuntimeRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$",
                admin);
            await role.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
            _created = true;
        }

        await PrepareDatabaseAsync();
        UseKestrel(0);
        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!_created)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresAdmin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Postgres", RuntimeConnectionString);
        builder.UseSetting("ConnectionStrings:PostgresMigrations", ConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", Redis);
        builder.UseSetting("Zeron:Auth:JwtSigningKey", JwtSigningKey);
        builder.UseSetting("Zeron:DataProtection:KeyEncryptionKey", KeyEncryptionKey);
        builder.UseSetting("ZERON_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("ZERON_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Zeron:Jobs:WorkerCount", "2");
        // Cookies and access tokens are checked against the security stamp on every request, so a test sees a session end at once.
        builder.UseSetting("Zeron:Auth:SessionCheckSeconds", "0");
        // A widget's SSE response ends after a second (clients resume with Last-Event-ID), so sweeps that GET every route end too.
        builder.UseSetting("Zeron:Widget:Stream:MaxSeconds", "1");
        builder.UseSetting("Zeron:Widget:Stream:RetryMilliseconds", "100");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
