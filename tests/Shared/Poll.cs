using Xunit;

namespace Zeron.Tests.Shared;

/// <summary>
/// Waiting on what the system did, never on a fixed sleep: the caller asserts afterwards, so a bound that passes only
/// makes the assertion's failure come later, and never decides the outcome by itself.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns as soon as <paramref name="condition"/> holds, or when <paramref name="bound"/> has passed.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Interval, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>
    /// "Nothing more arrives", proven after a positive signal that the work in question was done (the first delivery
    /// arrived, the outbox drained): re-checks <paramref name="unchanged"/> until <paramref name="bound"/> and returns
    /// at the first change, so the caller's assertion fails at once instead of after a sleep.
    /// </summary>
    public static Task WhileAsync(Func<Task<bool>> unchanged, TimeSpan bound) => UntilAsync(async () => !await unchanged(), bound);

    /// <inheritdoc cref="WhileAsync(Func{Task{bool}}, TimeSpan)"/>
    public static Task WhileAsync(Func<bool> unchanged, TimeSpan bound) => WhileAsync(() => Task.FromResult(unchanged()), bound);
}
