using System.Text.Json;
using Microsoft.Playwright;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Infrastructure;

/// <summary>One accessibility finding of axe-core: the rule, its impact and the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Id} ({Impact}): {Help} — {string.Join(", ", Targets)}";
}

/// <summary>
/// Runs axe-core (pinned in <c>tests/node</c>) in a page. The script is evaluated through the DevTools protocol, so the
/// page's Content-Security-Policy (scripts from Zeron only) neither blocks it nor reports it.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(TestEnvironment.NodeTools, "axe-core", "axe.min.js")));

    /// <summary>The violations axe-core finds in the page as it is now (WCAG 2.x A and AA rules and axe's best practices).</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var found = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await window.axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ')) }));
            }
            """);
        return [.. found.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").ValueKind == JsonValueKind.String ? v.GetProperty("impact").GetString() : null,
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }
}
