using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CliWrap;
using CliWrap.Buffered;
using Microsoft.Extensions.Options;
using Npgsql;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Web.Infrastructure.Backups;

/// <summary>
/// Writes one backup folder in the layout of <c>./zeron backup</c> (so <c>./zeron restore</c> takes it):
/// <c>postgres.dump</c> (pg_dump -Fc as the migrations role, which owns the tables and sees every row),
/// <c>redis.rdb</c> (redis-cli --rdb), <c>SHA256SUMS</c> and <c>manifest.json</c>. It is written under a hidden
/// name and renamed when complete, so a failed run never leaves a folder that looks like a backup.
/// </summary>
internal sealed class BackupWriter(IConfiguration configuration, IOptions<BackupOptions> options, TimeProvider clock)
{
    public const string Manifest = "manifest.json";
    private const string Dump = "postgres.dump";
    private const string Snapshot = "redis.rdb";

    public async Task<string> WriteAsync(string directory, CancellationToken cancellationToken)
    {
        var name = clock.GetUtcNow().UtcDateTime.ToString(BackupRetention.FolderFormat, CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetFullPath(directory), name);
        var partial = Path.Combine(Path.GetFullPath(directory), $".{name}.partial");
        Directory.CreateDirectory(directory);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(partial);
        }
        else
        {
            Directory.CreateDirectory(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); // every row of every organization
        }
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(DatabaseConnections.From(configuration).Migrations);
            var pgEnvironment = BackupClients.PostgresEnvironment(postgres);
            await RunAsync(options.Value.PgDump, ["-Fc", "--no-password", "-f", Path.Combine(partial, Dump)], pgEnvironment, cancellationToken);
            var (redisArguments, redisEnvironment) = BackupClients.RedisArguments(configuration.GetConnectionString("Redis")!);
            await RunAsync(options.Value.RedisCli, [.. redisArguments, "--rdb", Path.Combine(partial, Snapshot)], redisEnvironment, cancellationToken);

            var files = new JsonArray();
            var sums = new List<string>();
            foreach (var file in new[] { Dump, Snapshot })
            {
                var path = Path.Combine(partial, file);
                await using var stream = File.OpenRead(path);
                var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                files.Add(new JsonObject { ["name"] = file, ["bytes"] = new FileInfo(path).Length, ["sha256"] = sha256 });
                sums.Add($"{sha256}  {file}");
            }

            await File.WriteAllLinesAsync(Path.Combine(partial, "SHA256SUMS"), sums, cancellationToken);
            var manifest = new JsonObject
            {
                ["format"] = 1,
                ["createdAt"] = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["createdBy"] = "Zeron backup job (Zeron__Backup__Cron)",
                ["zeronVersion"] = typeof(BackupWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
                ["postgres"] = new JsonObject
                {
                    ["database"] = postgres.Database,
                    ["serverVersion"] = await ScalarAsync(postgres, "SHOW server_version", cancellationToken),
                    ["pgDump"] = (await RunAsync(options.Value.PgDump, ["--version"], pgEnvironment, cancellationToken)).Trim(),
                },
                ["redis"] = new JsonObject { ["version"] = BackupClients.RedisVersion(await RunAsync(options.Value.RedisCli, [.. redisArguments, "info", "server"], redisEnvironment, cancellationToken)) },
                ["migrations"] = JsonNode.Parse(await ScalarAsync(postgres, BackupClients.MigrationsSql, cancellationToken)),
                ["files"] = files,
                ["notIncluded"] = "Zeron__DataProtection__KeyEncryptionKey: keep it separately",
            };
            await File.WriteAllTextAsync(Path.Combine(partial, Manifest), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
            Directory.Move(partial, folder);
            return folder;
        }
        catch
        {
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }

    private static async Task<string> RunAsync(string program, string[] arguments, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var result = await Cli.Wrap(program)
            .WithArguments(arguments)
            .WithEnvironmentVariables(environment)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancellationToken);
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException($"{program} {arguments[^1]} failed (exit code {result.ExitCode}): {result.StandardError.Trim()}");
    }

    private static async Task<string> ScalarAsync(NpgsqlConnectionStringBuilder postgres, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
