using Zeron.Tests.Shared.Llm;

namespace Zeron.BrowserTests.Widget;

/// <summary>The widget tests' app (see <see cref="WidgetAppFactory"/> for the per-address limit) with AI on: the LLM stand-ins.</summary>
public sealed class WidgetConversationAppFactory : LlmAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Zeron:Widget:RateLimits:PerIpPerMinute"] = "1000000",
    };
}
