using Microsoft.Playwright;
using Xunit;

namespace Zeron.BrowserTests.Infrastructure;

/// <summary>Screenshots and traces, kept under the test results directory (<c>ZERON_BROWSER_ARTIFACTS</c> overrides it).</summary>
public static class Artifacts
{
    public static string Directory =>
        Environment.GetEnvironmentVariable("ZERON_BROWSER_ARTIFACTS") is { Length: > 0 } custom
            ? custom
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");

    /// <summary>A named full-page screenshot, for people to look at the design (not compared automatically).</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory, "screenshots", name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public static async Task SaveFailureAsync(IPage page, IBrowserContext context)
    {
        var folder = Path.Combine(Directory, "failures", SafeName(TestContext.Current.Test?.TestDisplayName ?? "unknown"));
        System.IO.Directory.CreateDirectory(folder);
        var output = TestContext.Current.TestOutputHelper;
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "page.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, "page.html"), $"<!-- {page.Url} -->\n" + await page.ContentAsync());
        }
        catch (PlaywrightException ex)
        {
            output?.WriteLine($"Could not capture the page: {ex.Message}");
        }

        await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(folder, "trace.zip") });
        output?.WriteLine($"Browser artifacts (screenshot, HTML, trace: open with `playwright show-trace`): {folder}");
    }

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Append(' ').ToHashSet();
        var safe = new string([.. name.Select(c => invalid.Contains(c) ? '_' : c)]);
        return safe.Length > 120 ? safe[^120..] : safe;
    }
}
