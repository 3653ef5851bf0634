using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Widget;

/// <summary>
/// The app for the widget tests. Chromium always connects from 127.0.0.1, and the per-address rate limit counts in the
/// shared Redis, so anything else on this machine posting to a widget API from 127.0.0.1 (the submit benchmark sends
/// thousands a minute) would turn these tests' submissions into 429s (which, lacking CORS headers, the widget sees as
/// network errors). Hence the highest per-address limit the settings allow; the per-project limit stays as configured.
/// </summary>
public sealed class WidgetAppFactory : ZeronAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Zeron:Widget:RateLimits:PerIpPerMinute"] = "1000000",
    };
}
