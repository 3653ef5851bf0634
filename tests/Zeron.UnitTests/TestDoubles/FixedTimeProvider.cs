namespace Zeron.UnitTests.TestDoubles;

/// <summary>A clock that always reads the same instant, so token lifetimes can be asserted exactly.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
