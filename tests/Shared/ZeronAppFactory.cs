using Microsoft.AspNetCore.Hosting;
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

    private readonly string _database = $"zt_{Guid.NewGuid():N}";
    private bool _created;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdmin) { Database = _database, Pooling = true }.ConnectionString;

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Extra settings a test class needs (applied after the defaults).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
            _created = true;
        }

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
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", TestEnvironment.Redis);
        builder.UseSetting("Zeron:Auth:JwtSigningKey", JwtSigningKey);
        builder.UseSetting("ZERON_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("ZERON_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Zeron:Jobs:WorkerCount", "2");
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
