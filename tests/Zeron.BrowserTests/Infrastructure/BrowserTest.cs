using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test: a fresh <see cref="IBrowserContext"/> (own cookies) and page on the app's Kestrel
/// address. A failed test leaves a screenshot, the page's HTML and a Playwright trace under
/// <see cref="Artifacts.Directory"/>.
/// </summary>
public abstract class BrowserTest(ZeronAppFactory app, ChromiumFixture chromium) : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    protected ZeronAppFactory App { get; } = app;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    protected AdminUi Ui { get; private set; } = null!;

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The window size a test class browses with.</summary>
    protected virtual ViewportSize Viewport => Desktop;

    /// <summary>Creates a fresh organization with one project (categories bug, idea, question, praise, other), signs in as the admin and makes it the current one.</summary>
    protected async Task<(Guid Org, Guid Project, string Key)> OpenNewOrganizationAsync(string name)
    {
        using var admin = await App.CreateAdminClientAsync();
        var org = await admin.CreateOrganizationAsync($"{name} {Guid.NewGuid():N}"[..20]);
        using var response = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = $"{name} shop" }, Cancellation);
        var created = await response.EnsureSuccessStatusCode().ReadJsonAsync();
        await Ui.SignInAsAdminAsync();
        await Context.AddCookiesAsync([new Cookie { Name = "zeron_org", Value = org.ToString(), Url = App.KestrelAddress().ToString() }]);
        return (org, created["id"]!.GetValue<Guid>(), created["publicKey"]!.GetValue<string>());
    }

    public async ValueTask InitializeAsync()
    {
        Context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.KestrelAddress().ToString(),
            ViewportSize = Viewport,
            Locale = "en-US",
        });
        Context.SetDefaultTimeout(15_000);
        Context.SetDefaultNavigationTimeout(30_000);
        await Context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        Page = await Context.NewPageAsync();
        Ui = new AdminUi(Page);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (TestContext.Current.TestState?.Result == TestResult.Failed)
            {
                await Artifacts.SaveFailureAsync(Page, Context);
            }
            else
            {
                await Context.Tracing.StopAsync();
            }
        }
        finally
        {
            await Context.CloseAsync();
            GC.SuppressFinalize(this);
        }
    }
}
