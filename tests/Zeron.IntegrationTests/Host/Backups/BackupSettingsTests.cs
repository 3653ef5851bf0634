using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host.Backups;

/// <summary>Bad Zeron__Backup__* settings stop the real app process at start with a message naming them.</summary>
public sealed class BackupSettingsTests
{
    [Theory]
    [InlineData("every hour", "/tmp/zeron-backups", "24", "Zeron__Backup__Cron is not a cron expression")]
    [InlineData("0 * * * *", "", "24", "Zeron__Backup__Directory is missing")]
    [InlineData("0 * * * *", "/tmp/zeron-backups", "0", "Zeron__Backup__Keep must be a whole number from 1 to 10000")]
    public async Task A_bad_backup_setting_names_itself_before_touching_the_database(string cron, string directory, string keep, string message)
    {
        var (exitCode, stderr) = await AppProcess.RunAsync(new()
        {
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1",
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
            ["Zeron__Auth__JwtSigningKey"] = ZeronAppFactory.JwtSigningKey,
            ["Zeron__DataProtection__KeyEncryptionKey"] = ZeronAppFactory.KeyEncryptionKey,
            ["Zeron__Backup__Cron"] = cron,
            ["Zeron__Backup__Directory"] = directory,
            ["Zeron__Backup__Keep"] = keep,
        });
        exitCode.Should().Be(1);
        stderr.Should().Contain(message).And.NotContain("   at ");
    }
}
