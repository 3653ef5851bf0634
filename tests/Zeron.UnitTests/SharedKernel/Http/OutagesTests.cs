using System.Net.Sockets;
using AwesomeAssertions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StackExchange.Redis;
using Xunit;
using Zeron.SharedKernel.Http;

namespace Zeron.UnitTests.SharedKernel.Http;

public sealed class OutagesTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    public static TheoryData<Exception> PostgreSqlDown => new()
    {
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        new NpgsqlException("Exception while reading from stream", new TimeoutException()),
        new NpgsqlException("Exception while reading from stream", new EndOfStreamException()),
        Postgres(PostgresErrorCodes.AdminShutdown),
        Postgres(PostgresErrorCodes.CrashShutdown),
        Postgres(PostgresErrorCodes.CannotConnectNow),
        Postgres(PostgresErrorCodes.TooManyConnections),
        Postgres(PostgresErrorCodes.ConnectionFailure),
        Postgres(PostgresErrorCodes.QueryCanceled),
        new DbUpdateException("An error occurred while saving the entity changes.", Postgres(PostgresErrorCodes.AdminShutdown)),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))),
        new BackgroundJobClientException("Background job creation failed.", new NpgsqlException("Failed to connect")),
        new AggregateException(new ArgumentException("other"), new NpgsqlException("Failed to connect")),
    };

    public static TheoryData<Exception> RedisDown => new()
    {
        new RedisConnectionException(ConnectionFailureType.UnableToConnect, CommandFlags.None, "No connection is active/available to service this operation", null, CommandStatus.Unknown),
        new RedisTimeoutException(CommandFlags.None, "Timeout awaiting response", CommandStatus.Sent),
        new RedisServerException(RedisErrorKind.Loading, CommandFlags.None, "LOADING Redis is loading the dataset in memory"),
        new InvalidOperationException("wrapped", new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, "socket closed", null, CommandStatus.Unknown)),
    };

    public static TheoryData<Exception> NotOutages => new()
    {
        Postgres(PostgresErrorCodes.UniqueViolation),
        Postgres(PostgresErrorCodes.DeadlockDetected),
        Postgres(PostgresErrorCodes.CharacterNotInRepertoire),
        new DbUpdateException("An error occurred while saving the entity changes.", Postgres(PostgresErrorCodes.ForeignKeyViolation)),
        new RedisServerException(RedisErrorKind.UnknownError, CommandFlags.None, "ERR unknown command"),
        new TimeoutException("someone else's timeout"),
        new SocketException((int)SocketError.ConnectionRefused),
        new HttpRequestException("a webhook receiver is down"),
        new InvalidOperationException("a bug"),
    };

    [Theory]
    [MemberData(nameof(PostgreSqlDown))]
    public void PostgreSQL_unavailability_in_any_wrapping_is_a_postgresql_outage(Exception exception)
    {
        Outages.Classify(exception).Should().Be(new Outage(Outage.PostgreSql));
    }

    [Theory]
    [MemberData(nameof(RedisDown))]
    public void Redis_unavailability_is_a_redis_outage(Exception exception)
    {
        Outages.Classify(exception).Should().Be(new Outage(Outage.Redis));
    }

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void Other_errors_are_not_outages(Exception exception)
    {
        Outages.Classify(exception).Should().BeNull();
    }

    [Fact]
    public void The_detail_names_the_dependency()
    {
        new Outage(Outage.PostgreSql).Detail.Should().Contain("cannot reach its database (PostgreSQL)");
        new Outage(Outage.Redis).Detail.Should().Contain("cannot reach Redis");
    }
}
