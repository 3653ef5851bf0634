using Zeron.Integrations.Contracts.Ai;

namespace Zeron.Integrations.Features;

/// <summary>The OpenAPI document's examples, typed so they cannot drift from what the endpoints answer.</summary>
internal static class AiExamples
{
    public static readonly AiUsageReport Usage = new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2), "day",
    [
        new AiUsageRow("2026-12-01", 3, 1200, 2048, 0, 4096, 350, 0.012347m, 0, 0),
        new AiUsageRow("2026-12-02", 0, 0, 0, 0, 0, 0, 0m, 0, 0),
    ], 0.012347m);

    public static readonly AiStatusDto Status = new(true,
    [
        new AiProviderStatusDto("anthropic", "claude-haiku-4-5", "ok", null),
        new AiProviderStatusDto("openai", "gpt-5-mini", "cooldown", new DateTimeOffset(2026, 12, 1, 14, 5, 30, TimeSpan.Zero)),
    ], 25m, 3.4521m);
}
