using System.Globalization;

namespace Zeron.Integrations.Embeddings;

/// <summary>
/// Lets background embedding wait while the machine is busy with foreground work. Reads the kernel's CPU counters
/// (<c>/proc/stat</c>, Linux): time spent at a positive nice value is counted apart, so the <see cref="LowPriorityThreads"/>'
/// own work is not foreground, while requests, PostgreSQL and everything else at normal priority is. When the share
/// since the last look is at least <see cref="BusyShare"/>, it waits (re-checking every <see cref="Recheck"/>) for up to
/// <see cref="MaxWait"/>, then lets the batch run anyway, so indexing slows down under a flood but never stops.
/// Elsewhere (no <c>/proc/stat</c>) it never waits: nice alone keeps embedding behind requests.
/// </summary>
internal sealed class ForegroundCpu(TimeProvider time)
{
    private const string Stat = "/proc/stat";

    private readonly Lock gate = new();
    private Sample? last;

    public double BusyShare { get; init; } = 0.75;

    public TimeSpan Recheck { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Returns when the foreground share since the last look is below <see cref="BusyShare"/>, or after <see cref="MaxWait"/>.</summary>
    public async Task WaitUntilQuietAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (IsBusy() && time.GetElapsedTime(started) < MaxWait)
        {
            await Task.Delay(Recheck, time, cancellationToken);
        }
    }

    /// <summary>Whether foreground work used at least <see cref="BusyShare"/> of all CPUs since the previous call (false on the first).</summary>
    public bool IsBusy()
    {
        if (Read() is not { } now)
        {
            return false;
        }

        lock (gate)
        {
            var before = last;
            last = now;
            var total = now.Total - (before?.Total ?? 0);
            return before is not null && total > 0 && (double)(now.Foreground - before.Foreground) / total >= BusyShare;
        }
    }

    /// <summary>The first line of <c>/proc/stat</c>: <c>cpu user nice system idle iowait irq softirq steal …</c>, in clock ticks.</summary>
    internal static Sample? Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 8 || fields[0] != "cpu")
        {
            return null;
        }

        var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var (user, system, irq, softirq) = (ticks[0], ticks[2], ticks[5], ticks[6]);
        return new Sample(user + system + irq + softirq, ticks.Sum());
    }

    private static Sample? Read()
    {
        try
        {
            return File.Exists(Stat) ? Parse(File.ReadLines(Stat).First()) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    internal sealed record Sample(long Foreground, long Total);
}
