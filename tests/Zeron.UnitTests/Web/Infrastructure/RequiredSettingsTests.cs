using AwesomeAssertions;
using Xunit;

namespace Zeron.UnitTests.Web.Infrastructure;

/// <summary>
/// <c>RequiredSettings</c> is tested through the host's entry point: with bad settings <c>Program</c> must print the
/// check's messages and exit 1 before it builds anything that would connect. Console.Error is process-wide, so this class runs alone.
/// </summary>
[Collection(nameof(ConsoleErrorCollection))]
public sealed class RequiredSettingsTests
{
    private static (int ExitCode, string Errors) RunHost(params string[] args)
    {
        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        var original = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            var exitCode = (int)entryPoint.Invoke(null, [args])!;
            return (exitCode, captured.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    [Fact]
    public void Missing_connection_strings_stop_the_host_naming_both_environment_variables()
    {
        var (exitCode, errors) = RunHost("--ConnectionStrings:Postgres=", "--ConnectionStrings:Redis=");

        exitCode.Should().Be(1);
        errors.Should().Contain("zeron: configuration error: ConnectionStrings__Postgres is missing")
            .And.Contain("zeron: configuration error: ConnectionStrings__Redis is missing");
    }

    [Fact]
    public void An_invalid_postgres_string_is_reported_as_invalid_not_missing()
    {
        var (exitCode, errors) = RunHost("--ConnectionStrings:Postgres=Host=x;NoSuchKeyword=1", "--ConnectionStrings:Redis=127.0.0.1:6380");

        exitCode.Should().Be(1);
        errors.Should().Contain("ConnectionStrings__Postgres is not a valid Npgsql connection string")
            .And.NotContain("ConnectionStrings__Redis");
    }

    [Fact]
    public void An_invalid_redis_string_is_reported_as_invalid_not_missing()
    {
        var (exitCode, errors) = RunHost("--ConnectionStrings:Postgres=Host=127.0.0.1;Port=5433", "--ConnectionStrings:Redis=127.0.0.1:6380,connectTimeout=soon");

        exitCode.Should().Be(1);
        errors.Should().Contain("ConnectionStrings__Redis is not a valid StackExchange.Redis configuration string")
            .And.NotContain("ConnectionStrings__Postgres");
    }

    [Theory]
    [InlineData("--Zeron:Api:MaxRequestBodyBytes=lots", "Zeron__Api__MaxRequestBodyBytes must be a whole number")]
    [InlineData("--Zeron:Api:MaxRequestBodyBytes=10", "Zeron__Api__MaxRequestBodyBytes must be a whole number")]
    [InlineData("--Zeron:Jobs:WorkerCount=0", "Zeron__Jobs__WorkerCount must be a whole number")]
    [InlineData("--Zeron:Jobs:WebhookWorkerCount=0", "Zeron__Jobs__WebhookWorkerCount must be a whole number")]
    [InlineData("--Zeron:Logging:Json=maybe", "Zeron__Logging__Json must be true or false")]
    [InlineData("--Zeron:Widget:RateLimits:PerIpPerMinute=0", "Zeron__Widget__RateLimits__PerIpPerMinute must be a whole number")]
    [InlineData("--Zeron:Widget:RateLimits:PerProjectPerMinute=many", "Zeron__Widget__RateLimits__PerProjectPerMinute must be a whole number")]
    [InlineData("--Zeron:Http:KnownProxies=10.0.0.5, 10.0.0.300", "Zeron__Http__KnownProxies has \"10.0.0.300\", which is not an IP address")]
    [InlineData("--Zeron:Http:KnownProxies=proxy.internal", "Zeron__Http__KnownProxies has \"proxy.internal\", which is not an IP address")]
    [InlineData("--Zeron:Http:KnownNetworks=10.0.0.0/8,10.0.0.0/33", "Zeron__Http__KnownNetworks has \"10.0.0.0/33\", which is not a network in CIDR notation")]
    [InlineData("--Zeron:Http:KnownNetworks=fd00::", "Zeron__Http__KnownNetworks has \"fd00::\", which is not a network in CIDR notation")]
    [InlineData("--Zeron:Host:ShutdownSeconds=0", "Zeron__Host__ShutdownSeconds must be a whole number from 1 to 3600")]
    public void Bad_numbers_and_switches_are_named(string setting, string message)
    {
        var (exitCode, errors) = RunHost("--ConnectionStrings:Postgres=Host=127.0.0.1;Port=5433", "--ConnectionStrings:Redis=127.0.0.1:6380", setting);

        exitCode.Should().Be(1);
        errors.Should().Contain(message);
    }
}

[CollectionDefinition(nameof(ConsoleErrorCollection), DisableParallelization = true)]
public sealed class ConsoleErrorCollection;
