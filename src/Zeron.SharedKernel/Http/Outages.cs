using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Npgsql;
using StackExchange.Redis;

namespace Zeron.SharedKernel.Http;

/// <summary>A service Zeron depends on that did not answer: the request failed through no fault of its own.</summary>
public sealed record Outage(string Dependency)
{
    public const string PostgreSql = "PostgreSQL";
    public const string Redis = "Redis";

    /// <summary>Sent as <c>Retry-After</c> on every 503: long enough for a restart, short enough to notice recovery.</summary>
    public const int RetryAfterSeconds = 5;

    public string Detail => Dependency == PostgreSql
        ? "Zeron cannot reach its database (PostgreSQL); try again shortly."
        : $"Zeron cannot reach {Dependency}; try again shortly.";
}

/// <summary>
/// Which exceptions mean "a dependency is down" (docs/adr/0015-outages-are-503.md): the host answers them 503 with
/// <c>Retry-After</c>, never 500. Wrapped forms count too (EF's <c>DbUpdateException</c> and transient-failure
/// wrapper, Hangfire's <c>BackgroundJobClientException</c>, <see cref="AggregateException"/>), found by walking the
/// inner exceptions.
/// </summary>
public static class Outages
{
    /// <summary>The outage behind <paramref name="exception"/>, or null when it is an ordinary error (a bug, bad input).</summary>
    public static Outage? Classify(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                case PostgresException postgres:
                    // The server answered: only its "I cannot serve you now" codes are outages; anything else is an
                    // ordinary error of the statement (a bug or the client's input), whatever it wraps.
                    return IsUnavailable(postgres.SqlState) ? new Outage(Outage.PostgreSql) : null;
                case NpgsqlException:
                    // Npgsql's own (not the server's) errors are the connection's: refused, reset, timed out, pool exhausted.
                    return new Outage(Outage.PostgreSql);
                case RedisConnectionException or RedisTimeoutException:
                    return new Outage(Outage.Redis);
                case RedisServerException { Kind: RedisErrorKind.Loading or RedisErrorKind.MasterDown or RedisErrorKind.ClusterDown or RedisErrorKind.TryAgain }:
                    return new Outage(Outage.Redis);
                case AggregateException aggregate:
                    return aggregate.InnerExceptions.Select(Classify).FirstOrDefault(o => o is not null);
            }
        }

        return null;
    }

    /// <summary>
    /// Class 08 (connection exception), 53300 (too many connections), 57P01/57P02 (administrator or crash shutdown),
    /// 57P03 (cannot connect now: starting, shutting down, in recovery), 57014 (statement timeout or cancelled).
    /// </summary>
    public static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.TooManyConnections
            or PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.QueryCanceled;

    /// <summary>The 503 problem naming the dependency, after <see cref="PrepareResponse"/>.</summary>
    public static ProblemHttpResult Answer(HttpContext http, Outage outage)
    {
        PrepareResponse(http, outage);
        return TypedResults.Problem(detail: outage.Detail, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// Sets <c>Retry-After</c>; for PostgreSQL also drops the pool's idle connections: those to a server that went away
    /// are dead, and dropping them now spares each its own failed request once the server is back.
    /// </summary>
    public static void PrepareResponse(HttpContext http, Outage outage)
    {
        if (outage.Dependency == Outage.PostgreSql)
        {
            http.RequestServices.GetService<NpgsqlDataSource>()?.Clear();
        }

        http.Response.Headers[HeaderNames.RetryAfter] = RetryAfter;
    }

    public static string RetryAfter { get; } = Outage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
}
