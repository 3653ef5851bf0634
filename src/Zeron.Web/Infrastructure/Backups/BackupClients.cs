using Npgsql;
using StackExchange.Redis;
using System.Net;

namespace Zeron.Web.Infrastructure.Backups;

/// <summary>The app's connection settings as the command-line clients take them (passwords in the environment, never in arguments).</summary>
internal static class BackupClients
{
    /// <summary>Each module's applied migrations as <c>{"schema": ["id", …]}</c>; the same query as scripts/backup.sh.</summary>
    public const string MigrationsSql = """
        SELECT coalesce(json_object_agg(table_schema, ids ORDER BY table_schema), '{}')::text FROM (
          SELECT t.table_schema, to_json((xpath('/table/row/m/text()', query_to_xml(format('SELECT %I AS m FROM %I.%I ORDER BY 1',
            (SELECT column_name FROM information_schema.columns c WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
             ORDER BY ordinal_position LIMIT 1), t.table_schema, t.table_name), false, false, '')))::text[]) AS ids
          FROM information_schema.tables t WHERE t.table_name = '__ef_migrations_history') h
        """;

    public static Dictionary<string, string?> PostgresEnvironment(NpgsqlConnectionStringBuilder postgres) => new()
    {
        ["PGHOST"] = postgres.Host,
        ["PGPORT"] = postgres.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PGDATABASE"] = postgres.Database,
        ["PGUSER"] = postgres.Username,
        ["PGPASSWORD"] = postgres.Password,
        ["PGSSLMODE"] = postgres.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        },
        ["PGCONNECT_TIMEOUT"] = postgres.Timeout.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>redis-cli's arguments for the first endpoint of a StackExchange.Redis configuration; the password goes in REDISCLI_AUTH.</summary>
    public static (string[] Arguments, Dictionary<string, string?> Environment) RedisArguments(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        var (host, port) = options.EndPoints[0] switch
        {
            DnsEndPoint dns => (dns.Host, dns.Port),
            IPEndPoint ip => (ip.Address.ToString(), ip.Port),
            var other => throw new InvalidOperationException($"Unsupported Redis endpoint {other}."),
        };
        List<string> arguments = ["-h", host, "-p", (port == 0 ? (options.Ssl ? 6380 : 6379) : port).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (options.User is { Length: > 0 } user)
        {
            arguments.AddRange(["--user", user]);
        }

        if (options.Ssl)
        {
            arguments.Add("--tls");
        }

        return ([.. arguments], new() { ["REDISCLI_AUTH"] = options.Password });
    }

    public static string? RedisVersion(string info) =>
        info.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("redis_version:", StringComparison.Ordinal))?["redis_version:".Length..];
}
