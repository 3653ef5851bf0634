using AwesomeAssertions;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>The outbound guard's switches are checked at start like every other setting (one line, exit code 1).</summary>
public sealed class OutboundSettingsStartupTests
{
    [Theory]
    [InlineData("Zeron__Network__AllowPrivateTargets")]
    [InlineData("Zeron__Webhooks__AllowPrivateTargets")]
    public async Task A_private_targets_switch_that_is_not_true_or_false_stops_the_start_naming_it(string variable)
    {
        var (exitCode, stderr) = await AppProcess.RunAsync(new()
        {
            // An unreachable database: the options check must stop the app before any connection is tried.
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1",
            ["ConnectionStrings__Redis"] = TestEnvironment.Redis,
            ["Zeron__Auth__JwtSigningKey"] = ZeronAppFactory.JwtSigningKey,
            ["Zeron__DataProtection__KeyEncryptionKey"] = ZeronAppFactory.KeyEncryptionKey,
            [variable] = "maybe",
        });
        exitCode.Should().Be(1);
        stderr.Should().Contain($"{variable} must be true or false").And.NotContain("   at ");
    }
}
