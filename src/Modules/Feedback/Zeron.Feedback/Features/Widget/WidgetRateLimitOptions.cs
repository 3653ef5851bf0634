namespace Zeron.Feedback.Features.Widget;

/// <summary>Settings under <c>Zeron:Widget:RateLimits</c>: widget requests allowed per minute (held in Redis, so across instances).</summary>
internal sealed class WidgetRateLimitOptions
{
    public const string Section = "Zeron:Widget:RateLimits";

    /// <summary>Per client address: a person sends a few messages a minute; a script sends hundreds.</summary>
    public int PerIpPerMinute { get; set; } = 20;

    /// <summary>Per project key: caps what a botnet spread over many addresses can pour into one inbox.</summary>
    public int PerProjectPerMinute { get; set; } = 600;

    /// <summary>Wrong conversation tokens per client address: the widget only ever presents the right one; a guesser many.</summary>
    public int FailedTokenChecksPerIpPerMinute { get; set; } = 20;
}
