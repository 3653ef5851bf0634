using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Layout;

/// <summary>
/// A blocked script or style breaks a page silently, so Chromium's own reports decide: every admin page (from the
/// app's endpoints, with real route values), the error pages, the jobs dashboard, the API reference and the demo page with its widget
/// open, and the scripted bits of the admin UI used, without one <c>securitypolicyviolation</c> event or CSP console error.
/// </summary>
public sealed class ContentSecurityPolicyTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    private const string Origin = "https://csp.example.com";

    /// <summary>Collects violations from the start of every document (Playwright's init scripts are not subject to the page's CSP).</summary>
    private const string ViolationListener =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => " +
        "window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));";

    private readonly List<string> _violations = [];

    [Fact]
    public async Task No_page_reports_a_content_security_policy_violation()
    {
        var pages = await SeededPages.CreateAsync(App, Origin, Cancellation);
        await Context.AddInitScriptAsync(ViolationListener);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _violations.Add($"{Page.Url}: {message.Text}");
            }
        };
        await Ui.SignInAsAdminAsync();

        foreach (var url in pages.Urls)
        {
            await VisitAsync(url);
        }

        // The error pages answer their status (AdminPageRoutes.ErrorPages).
        await VisitAsync("/admin/no-such-page", 404);
        await VisitAsync("/admin/denied", 403);

        await VisitAsync($"/admin/feedback/projects/{pages.Project}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).First.ClickAsync();
        await CollectAsync();

        // The erase form's confirmation (formerly an inline onsubmit) comes from admin.js.
        await VisitAsync("/admin/feedback/inbox");
        string? question = null;
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.DismissAsync();
        };
        await Page.Locator("#erase-email").FillAsync("someone@example.com");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Erase", Exact = true }).ClickAsync();
        await Expect(Ui.Heading("Feedback inbox")).ToBeVisibleAsync();
        question.Should().Contain("cannot be undone");

        await VisitAsync("/admin/jobs");
        await Expect(Page.GetByText("Zeron jobs").First).ToBeVisibleAsync();
        await VisitAsync("/admin/jobs/recurring");
        await VisitAsync("/api/docs");
        await Expect(Page.GetByText("Zeron API").First).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await CollectAsync();
        await VisitDemoWithItsWidgetOpenAsync();

        _violations.Should().BeEmpty();
    }

    private async Task VisitAsync(string url, int? status = null)
    {
        var response = await Page.GotoAsync(url);
        if (status is { } expected)
        {
            response!.Status.Should().Be(expected, url);
        }
        else
        {
            response!.Status.Should().BeLessThan(400, url);
        }

        await CollectAsync();
    }

    private async Task CollectAsync()
    {
        var found = await Page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        _violations.AddRange(found.Select(v => $"{Page.Url}: {v}"));
        await Page.EvaluateAsync("() => { window.__cspViolations = []; }");
    }

    /// <summary>The Demo project arrives through the outbox a few seconds after start; until then /demo says so.</summary>
    private async Task VisitDemoWithItsWidgetOpenAsync()
    {
        await VisitAsync("/demo");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Page.GetByTestId("demo-not-ready").CountAsync() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, Cancellation);
            await Page.ReloadAsync();
        }

        var launcher = Page.Locator("[data-zeron-widget]").GetByRole(AriaRole.Button).First;
        await launcher.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await CollectAsync();
    }
}
