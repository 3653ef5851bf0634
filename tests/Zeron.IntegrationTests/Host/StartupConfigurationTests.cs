using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>A bad or missing setting stops the real app process with one message naming the setting, exit code 1.</summary>
public sealed class StartupConfigurationTests
{
    private const string GoodKey = ZeronAppFactory.JwtSigningKey;
    private const string GoodKeyEncryptionKey = ZeronAppFactory.KeyEncryptionKey;

    [Fact]
    public async Task Missing_postgres_connection_string_names_the_setting()
    {
        var (exitCode, stderr) = await AppProcess.RunAsync(new()
        {
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
            ["Zeron__Auth__JwtSigningKey"] = GoodKey,
            ["Zeron__DataProtection__KeyEncryptionKey"] = GoodKeyEncryptionKey,
        });
        exitCode.Should().Be(1);
        stderr.Should().Contain("ConnectionStrings__Postgres is missing");
    }

    [Fact]
    public async Task Malformed_redis_connection_string_names_the_setting()
    {
        var (exitCode, stderr) = await AppProcess.RunAsync(new()
        {
            ["ConnectionStrings__Postgres"] = TestEnvironment.PostgresAdmin,
            ["ConnectionStrings__Redis"] = "127.0.0.1:6379,bogusoption=1",
            ["Zeron__Auth__JwtSigningKey"] = GoodKey,
            ["Zeron__DataProtection__KeyEncryptionKey"] = GoodKeyEncryptionKey,
        });
        exitCode.Should().Be(1);
        stderr.Should().Contain("ConnectionStrings__Redis");
    }

    [Theory]
    [InlineData("", "Zeron__Auth__JwtSigningKey is missing")]
    [InlineData("too-short", "Zeron__Auth__JwtSigningKey is too short")]
    public async Task Bad_jwt_signing_key_names_the_setting_before_touching_the_database(string key, string message)
    {
        var (exitCode, stderr) = await AppProcess.RunAsync(new()
        {
            // An unreachable database: the options check must stop the app before any connection is tried.
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1",
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
            ["Zeron__Auth__JwtSigningKey"] = key,
            ["Zeron__DataProtection__KeyEncryptionKey"] = GoodKeyEncryptionKey,
        });
        exitCode.Should().Be(1);
        stderr.Should().Contain(message).And.NotContain("   at ");
    }

    [Theory]
    [InlineData("", "Zeron__DataProtection__KeyEncryptionKey is missing")]
    [InlineData("0123456789abcdef", "Zeron__DataProtection__KeyEncryptionKey is too short")]
    public async Task Bad_key_encryption_key_names_the_setting_before_touching_the_database(string key, string message)
    {
        var (exitCode, stderr) = await AppProcess.RunAsync(new()
        {
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1",
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
            ["Zeron__Auth__JwtSigningKey"] = GoodKey,
            ["Zeron__DataProtection__KeyEncryptionKey"] = key,
        });
        exitCode.Should().Be(1);
        stderr.Should().Contain(message).And.NotContain("   at ");
    }
}
