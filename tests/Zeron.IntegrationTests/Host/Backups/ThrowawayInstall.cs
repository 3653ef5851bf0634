using System.Net;
using AwesomeAssertions;
using CliWrap;
using CliWrap.Buffered;
using Npgsql;
using Xunit;

namespace Zeron.IntegrationTests.Host.Backups;

/// <summary>
/// An install of its own, made by the real <c>./zeron services</c> in a temporary state directory (ZERON_STATE) on
/// free ports: its own PostgreSQL cluster and Redis, so wiping and restoring them cannot touch the services the
/// other test classes share. <c>./zeron down</c> stops them at the end.
/// </summary>
internal sealed class ThrowawayInstall : IAsyncLifetime
{
    private readonly int _pgPort = FreePorts.From(28100);
    private readonly int _redisPort = FreePorts.From(28500);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"zeron-install-{Guid.NewGuid():N}");

    public string Owner => $"Host=127.0.0.1;Port={_pgPort};Database=zeron;Username=zeron";

    public string Runtime => $"Host=127.0.0.1;Port={_pgPort};Database=zeron;Username=zeron_app";

    public string Redis => $"127.0.0.1:{_redisPort}";

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory); // 0755: PostgreSQL's own user must traverse it
        (await RunAsync("services")).ExitCode.Should().Be(0);
    }

    /// <summary>Runs <c>./zeron ARGS</c> against this install; output is stdout and stderr together.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var result = await Cli.Wrap("bash")
            .WithArguments([Path.Combine(RepositoryRoot, "zeron"), .. arguments])
            .WithWorkingDirectory(RepositoryRoot)
            .WithEnvironmentVariables(e => e
                .Set("ZERON_STATE", Path.Combine(Directory, "state"))
                .Set("ZERON_PG_PORT", _pgPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Set("ZERON_REDIS_PORT", _redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Set("ZERON_NO_RUN", "1")
                .Set("ConnectionStrings__Postgres", null)
                .Set("ConnectionStrings__PostgresMigrations", null)
                .Set("ConnectionStrings__Redis", null))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(TestContext.Current.CancellationToken);
        return (result.ExitCode, result.StandardOutput + result.StandardError);
    }

    /// <summary>Closes this process's pooled connections to the install (a dropped database leaves them dead).</summary>
    public void ClearPools()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Owner));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Runtime));
    }

    public async ValueTask DisposeAsync()
    {
        ClearPools();
        await RunAsync("down");
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "zeron")) && File.Exists(Path.Combine(dir.FullName, "Zeron.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ./zeron above {AppContext.BaseDirectory}.");
    }

}
