using System.Globalization;
using AwesomeAssertions;
using Xunit;
using Zeron.Integrations.Embeddings;

namespace Zeron.UnitTests.Integrations.Embeddings;

/// <summary>The threads background embedding runs on: jobs run there, failures come back to the caller, and on Linux the OS sees nice 19.</summary>
public sealed class LowPriorityThreadsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Jobs_run_on_the_named_threads_at_nice_19_and_a_failure_reaches_the_caller()
    {
        using var threads = new LowPriorityThreads(2, "test low");

        var ran = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => threads.RunAsync(() => (Thread.CurrentThread.Name, Nice()), Ct)));
        var failing = () => threads.RunAsync<int>(() => throw new InvalidOperationException("model broke"), Ct);

        ran.Select(r => r.Name).Should().OnlyContain(n => n == "test low 1" || n == "test low 2");
        await failing.Should().ThrowAsync<InvalidOperationException>().WithMessage("model broke");
        if (OperatingSystem.IsLinux())
        {
            threads.Lowered.Should().BeTrue();
            ran.Should().OnlyContain(r => r.Item2 == 19, "the kernel's own record of each thread's nice value");
            Nice().Should().Be(0, "the caller's thread keeps its priority");
        }
    }

    [Fact]
    public async Task A_job_cancelled_before_it_starts_does_not_run()
    {
        using var threads = new LowPriorityThreads(1, "test cancel");
        using var cancelled = new CancellationTokenSource();
        using var gate = new ManualResetEventSlim();
        var blocker = threads.RunAsync(() => { gate.Wait(Ct); return 0; }, Ct);
        var ran = false;
        var queued = threads.RunAsync(() => ran = true, cancelled.Token);

        await cancelled.CancelAsync();
        gate.Set();
        await blocker;

        await ((Func<Task>)(() => queued)).Should().ThrowAsync<OperationCanceledException>();
        ran.Should().BeFalse();
    }

    /// <summary>Field 19 of /proc/thread-self/stat (after the parenthesised name): this thread's nice value.</summary>
    private static int Nice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture); // fields from 3 on: nice is field 19
    }
}
