using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Widget;

/// <summary>The widget embedded in a customer's page on another origin, end to end through the real API.</summary>
public sealed class EmbeddedWidgetTests(ZeronAppFactory app, ChromiumFixture chromium)
    : WidgetTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task A_visitor_on_an_allowed_site_sends_feedback_and_the_integrator_api_returns_it()
    {
        var (org, project, key) = await CreateProjectAsync(Site.Origin);
        var url = Site.Serve("/shop", EmbedPage(key));
        var message = $"The checkout button is hidden on mobile ({Guid.NewGuid():N})";

        await Page.GotoAsync(url);
        await Expect(Panel).ToBeHiddenAsync();
        await Launcher.ClickAsync();
        await Expect(Panel).ToBeVisibleAsync();
        await Expect(Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        await MessageField.FillAsync(message);
        await SendButton.ClickAsync();

        await Expect(LiveRegion).ToHaveTextAsync("Sent");
        await Expect(Panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = message })).ToBeVisibleAsync();
        (await Page.EvaluateAsync<string?>("k => localStorage.getItem(`zeron:${k}:queue`)", key)).Should().BeNull("a delivered item leaves the queue");
        await Artifacts.ScreenshotAsync(Page, "widget-sent");

        var stored = await WaitForStoredAsync(org, project, m => m.Count > 0, TimeSpan.FromSeconds(10));
        stored.Should().Equal(message);
    }

    [Fact]
    public async Task A_site_missing_from_the_allowlist_gets_no_widget_cannot_post_and_stores_nothing()
    {
        var (org, project, key) = await CreateProjectAsync("https://shop.example.com");
        var url = Site.Serve("/foreign", EmbedPage(key));
        var failedConfigRequests = 0;
        Page.RequestFailed += (_, r) =>
        {
            if (r.Url.Contains("/api/widget/v1/config", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref failedConfigRequests);
            }
        };

        await Page.GotoAsync(url);
        await Page.WaitForFunctionAsync("() => window.Zeron !== undefined");
        await UntilAsync(() => Task.FromResult(Volatile.Read(ref failedConfigRequests) > 0));
        failedConfigRequests.Should().Be(1, "the API refuses the configuration (403 without CORS headers) to a site off the allowlist");
        await Expect(Page.Locator("[data-zeron-widget]")).ToHaveCountAsync(0);
        await Expect(Launcher).ToHaveCountAsync(0);

        // Sending anyway, as a simple request (no preflight), so the POST itself reaches the handler's origin check.
        var endpoint = new Uri(App.KestrelAddress(), "api/widget/v1/feedback").ToString();
        var outcome = await Page.EvaluateAsync<string>(
            """
            async ([endpoint, key]) => {
              try {
                const res = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain' },
                  body: JSON.stringify({ projectKey: key, clientId: crypto.randomUUID(), message: 'From a foreign site', pageUrl: location.href }) });
                return 'status ' + res.status;
              } catch (e) { return 'network error'; }
            }
            """,
            new[] { endpoint, key });
        outcome.Should().Be("network error", "a refused origin gets no Access-Control-Allow-Origin");

        // Give any late write a moment, then nothing must be stored.
        await Task.Delay(1000, Cancellation);
        (await StoredMessagesAsync(org, project)).Should().BeEmpty();
    }

    [Fact]
    public async Task Hostile_host_css_cannot_hide_or_restyle_the_widget_and_the_widget_leaves_no_trace_but_Zeron()
    {
        var (_, _, key) = await CreateProjectAsync(Site.Origin);
        const string hostile = "<style>* { all: unset; color: red !important } button { display: none !important }</style>";
        var url = Site.Serve("/hostile", $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Hostile</title>{{hostile}}</head>
            <body><h1>Hostile shop</h1><button type="button">Host button</button></body>
            </html>
            """);

        await Page.GotoAsync(url);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Host button" })).ToBeHiddenAsync(); // the host CSS is in force
        var before = await SnapshotAsync();

        await Page.EvaluateAsync(
            """
            ([src, key]) => {
              const s = document.createElement('script');
              s.src = src;
              s.async = true;
              s.dataset.projectKey = key;
              document.body.append(s);
            }
            """,
            new[] { ScriptUrl, key });

        await Expect(Launcher).ToBeVisibleAsync();
        var color = await Launcher.EvaluateAsync<string>("el => getComputedStyle(el).color");
        color.Should().NotBe("rgb(255, 0, 0)");
        (await Launcher.EvaluateAsync<string>("el => getComputedStyle(el).display")).Should().NotBe("none");
        (await Page.EvaluateAsync<bool>("() => !!document.querySelector('[data-zeron-widget]').shadowRoot")).Should().BeTrue();

        await Launcher.ClickAsync();
        await Expect(Panel).ToBeVisibleAsync();
        await Expect(SendButton).ToBeVisibleAsync();
        (await SendButton.EvaluateAsync<string>("el => getComputedStyle(el).color")).Should().NotBe("rgb(255, 0, 0)");
        await Artifacts.ScreenshotAsync(Page, "widget-hostile-css");

        var after = await SnapshotAsync();
        after.Styles.Should().Be(before.Styles, "the widget's styles live in its shadow root");
        after.Globals.Except(before.Globals).Should().Equal("Zeron");
        (await Page.Locator("[data-zeron-widget]").CountAsync()).Should().Be(1);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Cancellation);
        }
    }

    private async Task<(int Styles, string[] Globals)> SnapshotAsync()
    {
        var styles = await Page.EvaluateAsync<int>("() => document.querySelectorAll('style, link').length");
        var globals = await Page.EvaluateAsync<string[]>("() => Object.keys(window)");
        return (styles, globals);
    }
}
