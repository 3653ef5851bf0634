using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using CliWrap;
using CliWrap.Buffered;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host.Backups;

/// <summary>
/// The in-app backup job (Zeron__Backup__Cron/Directory/Keep): Hangfire runs it, it writes the layout of
/// <c>./zeron backup</c> with a dump pg_restore reads, and it keeps only the newest Keep backups.
/// </summary>
public sealed class BackupJobTests(BackupJobTests.Factory app) : IClassFixture<BackupJobTests.Factory>
{
    private const string Yearly = "0 0 1 1 *"; // never due during a test: only the trigger below runs it

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_recurring_job_writes_a_dump_pg_restore_reads_and_keeps_the_newest_two()
    {
        var dir = app.BackupDirectory;
        string[] old = ["2020-01-01T000000Z", "2020-01-02T000000Z", "2020-01-03T000000Z"];
        foreach (var name in old)
        {
            Directory.CreateDirectory(Path.Combine(dir, name));
            await File.WriteAllTextAsync(Path.Combine(dir, name, "manifest.json"), "{}", Ct);
        }

        Directory.CreateDirectory(Path.Combine(dir, "2020-01-04T000000Z")); // no manifest: not a complete backup, not counted
        Directory.CreateDirectory(Path.Combine(dir, "notes")); // not the job's: left alone

        var storage = app.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            connection.GetRecurringJobs().Should().ContainSingle(j => j.Id == "backup").Which.Cron.Should().Be(Yearly);
        }

        app.Services.GetRequiredService<IRecurringJobManager>().Trigger("backup");
        await WaitForTheJobAsync(storage);

        var written = Directory.GetDirectories(dir).Select(Path.GetFileName).Except([.. old, "2020-01-04T000000Z", "notes"]).Should().ContainSingle().Subject!;
        Directory.GetDirectories(dir).Select(Path.GetFileName).Should().BeEquivalentTo(written, "2020-01-03T000000Z", "2020-01-04T000000Z", "notes");

        var backup = Path.Combine(dir, written);
        var list = await Cli.Wrap("pg_restore").WithArguments(["--list", Path.Combine(backup, "postgres.dump")])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(Ct);
        list.ExitCode.Should().Be(0, list.StandardError);
        list.StandardOutput.Should().Contain("TABLE DATA feedback feedback_items").And.Contain("TABLE DATA accounts");
        (await File.ReadAllBytesAsync(Path.Combine(backup, "redis.rdb"), Ct))[..5].Should().Equal("REDIS"u8.ToArray());
        foreach (var line in await File.ReadAllLinesAsync(Path.Combine(backup, "SHA256SUMS"), Ct))
        {
            var (sum, file) = (line[..64], line[66..]);
            Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(backup, file), Ct))).Should().Be(sum, file);
        }

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(backup, "manifest.json"), Ct))!;
        manifest["migrations"]!["accounts"]!.AsArray().Should().NotBeEmpty();
        manifest["files"]!.AsArray().Should().HaveCount(2);
        manifest["zeronVersion"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    /// <summary>Until Hangfire records the backup job as succeeded (or failed: then with its error).</summary>
    private static async Task WaitForTheJobAsync(JobStorage storage)
    {
        var monitoring = storage.GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            var failed = monitoring.FailedJobs(0, 20).Where(j => j.Value.Job?.Type.Name == "BackupJob").ToList();
            failed.Should().BeEmpty(failed.FirstOrDefault().Value?.ExceptionMessage);
            if (monitoring.SucceededJobs(0, 50).Any(j => j.Value.Job?.Type.Name == "BackupJob"))
            {
                return;
            }

            await Task.Delay(200, Ct);
        }

        throw new TimeoutException("The backup job did not finish within two minutes.");
    }

    public sealed class Factory : ZeronAppFactory
    {
        public string BackupDirectory { get; } = Path.Combine(Path.GetTempPath(), $"zeron-backups-{Guid.NewGuid():N}");

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Zeron:Backup:Cron"] = Yearly,
            ["Zeron:Backup:Directory"] = BackupDirectory,
            ["Zeron:Backup:Keep"] = "2",
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(BackupDirectory))
            {
                Directory.Delete(BackupDirectory, recursive: true);
            }
        }
    }
}
