using Microsoft.Playwright;
using Xunit;
using Zeron.Tests.Shared;

[assembly: AssemblyFixture(typeof(Zeron.BrowserTests.Infrastructure.ChromiumFixture))]

namespace Zeron.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole assembly (Debian's, never a downloaded one); every test opens its own
/// <see cref="IBrowserContext"/>, so cookies and storage never leak between tests.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // A slow two-core machine running several apps at once: give assertions more than the 5 s default.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args = Flags,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
