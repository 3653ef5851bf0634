using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// Dedicated threads that run CPU-heavy background work (the local model embedding what was submitted) at the
/// lowest scheduling priority the OS gives without privileges: on Linux each thread sets its own nice value to 19
/// once, when it starts. The scheduler then gives them what requests leave over: all of the CPU when the app is idle,
/// about 1.5 % of it against busy request threads (a weight of 15 against 1,024), so indexing never takes throughput
/// from the widget. A thread cannot lower its nice value again without privileges, hence threads of their own rather
/// than the thread pool's. Elsewhere (not Linux) they run at normal priority.
/// </summary>
internal sealed class LowPriorityThreads : IDisposable
{
    private const int LowestPriority = 19;
    private const int PrioProcess = 0; // PRIO_PROCESS: with a thread id, setpriority applies to that thread alone on Linux

    private readonly BlockingCollection<Action> work = new();
    private readonly Thread[] threads;

    public LowPriorityThreads(int count, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        threads = Enumerable.Range(0, count)
            .Select(i => new Thread(Run) { IsBackground = true, Name = $"{name} {i + 1}" })
            .ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    /// <summary>Whether the threads did get the low priority (false off Linux, or if the OS refused).</summary>
    public bool Lowered { get; private set; }

    public int Count => threads.Length;

    /// <summary>Runs <paramref name="job"/> on one of the threads; the task ends when it does.</summary>
    public Task<T> RunAsync<T>(Func<T> job, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        work.Add(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                done.TrySetResult(job());
            }
#pragma warning disable CA1031 // the job's failure is its caller's: handed over through the task, never lost on this thread
            catch (Exception e)
#pragma warning restore CA1031
            {
                done.TrySetException(e);
            }
        }, cancellationToken);
        return done.Task;
    }

    private void Run()
    {
        if (OperatingSystem.IsLinux() && SetPriority(PrioProcess, GetThreadId(), LowestPriority) == 0)
        {
            Lowered = true;
        }

        foreach (var job in work.GetConsumingEnumerable())
        {
            job();
        }
    }

    public void Dispose()
    {
        work.CompleteAdding();
        foreach (var thread in threads)
        {
            thread.Join(TimeSpan.FromSeconds(5));
        }

        work.Dispose();
    }

    // DllImport, not LibraryImport: the generated marshalling needs unsafe code, and two int-only calls need none.
    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
