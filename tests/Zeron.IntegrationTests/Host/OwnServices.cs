using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// A PostgreSQL cluster of its own (initdb + pg_ctl in a temp dir, as scripts/lib/postgres.sh starts the throwaway one),
/// for tests that stop and start the server: the shared one of <c>./zeron test</c> serves every other test class at
/// the same time. As root, PostgreSQL runs as the <c>postgres</c> user, as in the scripts.
/// </summary>
internal sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("zeron-outage-pg.").FullName;
    private readonly string _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
        .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => Version.Parse(Path.GetFileName(Path.GetDirectoryName(d))! + ".0")).Last();

    public int Port { get; } = FreePorts.From(27500);

    private string Data => Path.Combine(_home, "data");

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Database=postgres;Username=zeron;Pooling=false";

    public async Task InitAsync()
    {
        await OwnProcess.RunAsync("chmod", "755", _home);
        if (Environment.UserName == "root")
        {
            await OwnProcess.RunAsync("chown", "postgres:postgres", _home);
        }

        await AsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", Data, "-U", "zeron", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8");
        await StartAsync();
        await using var connection = new NpgsqlConnection(AdminConnectionString.Replace("Database=postgres", "Database=template1", StringComparison.Ordinal));
        await connection.OpenAsync();
        await using var vector = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS vector", connection);
        await vector.ExecuteNonQueryAsync();
    }

    // Durable, unlike the shared throwaway cluster (fsync=off, synchronous_commit=off): a crash must not lose what was
    // committed, or the test could not tell a lost acknowledged submission from a lost WAL tail.
    public Task StartAsync() => AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(_home, "postgresql.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {_home} -c listen_addresses=127.0.0.1 -c max_connections=200", "start");

    /// <summary>Starts the server unless it runs (after a test that failed while it was stopped).</summary>
    public async Task EnsureStartedAsync()
    {
        try
        {
            await AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", Data, "status");
        }
        catch (InvalidOperationException)
        {
            await StartAsync();
        }
    }

    /// <summary><c>immediate</c>: a crash (connections just drop); <c>fast</c>: sessions get 57P01, then refused.</summary>
    public Task StopAsync(string mode) => AsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", Data, "-m", mode, "-w", "-t", "60", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync("immediate");
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }

        Directory.Delete(_home, recursive: true);
    }

    private static Task AsPostgresAsync(string program, params string[] arguments) =>
        Environment.UserName == "root"
            ? OwnProcess.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments])
            : OwnProcess.RunAsync(program, arguments);
}

/// <summary>A Redis of its own, a child process without persistence, stopped by killing it and started again on its port.</summary>
internal sealed class OwnRedis : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("zeron-outage-redis.").FullName;
    private Process? _process;

    public int Port { get; } = FreePorts.From(27900);

    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", _dir, "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _process.BeginOutputReadLine();
        while (!await AnswersAsync())
        {
            _process.HasExited.Should().BeFalse("redis-server must keep running");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <inheritdoc cref="OwnPostgres.EnsureStartedAsync"/>
    public async Task EnsureStartedAsync()
    {
        if (_process is not { HasExited: false })
        {
            await StartAsync();
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>The app on its own PostgreSQL and Redis (<see cref="OwnPostgres"/>, <see cref="OwnRedis"/>), which the test may stop.</summary>
public sealed class OwnServicesAppFactory : ZeronAppFactory, IAsyncLifetime
{
    private readonly OwnPostgres _postgres = new();
    private readonly OwnRedis _redis = new();

    internal OwnPostgres Postgres => _postgres;

    internal OwnRedis RedisServer => _redis;

    protected override string PostgresAdmin => _postgres.AdminConnectionString;

    protected override string Redis => _redis.ConnectionString;

    // Hundreds of requests a second from one address: the widget's own limit is not what these tests are about.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Zeron:Widget:RateLimits:PerIpPerMinute"] = "1000000",
        ["Zeron:Widget:RateLimits:PerProjectPerMinute"] = "1000000",
    };

    public new async ValueTask InitializeAsync()
    {
        await _postgres.InitAsync();
        await _redis.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _redis.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}

internal static class OwnProcess
{
    public static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
