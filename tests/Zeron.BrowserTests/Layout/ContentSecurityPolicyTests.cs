using System.Net.Http.Json;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Layout;

/// <summary>
/// A blocked script or style breaks a page silently, so Chromium's own reports decide: every admin page (from the
/// app's endpoints, with real route values), the jobs dashboard, the API reference and the demo page with its widget
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
        var (project, item, webhook, invitation) = await SeedAsync();
        await Context.AddInitScriptAsync(ViolationListener);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _violations.Add($"{Page.Url}: {message.Text}");
            }
        };
        await Ui.SignInAsAdminAsync();

        foreach (var route in AdminPageRoutes.Of(App).Where(r => !r.EndsWith(".csv", StringComparison.Ordinal))) // a download renders nothing
        {
            await VisitAsync(AdminPageRoutes.Url(route, project, item, webhook, invitation));
        }

        await VisitAsync($"/admin/feedback/projects/{project}");
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

    private async Task VisitAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        response!.Status.Should().BeLessThan(400, url);
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

    /// <summary>A project of the Demo organization (the admin's current one), a feedback item on it, a webhook and an invitation.</summary>
    private async Task<(Guid Project, Guid Item, Guid Webhook, string Invitation)> SeedAsync()
    {
        using var admin = await App.CreateAdminClientAsync();
        var org = await admin.DemoOrganizationIdAsync();
        using var created = await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/projects", new { name = "CSP shop", allowedOrigins = new[] { Origin } }, Cancellation);
        var project = await created.EnsureSuccessStatusCode().ReadJsonAsync();
        var key = project["publicKey"]!.GetValue<string>();
        using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/widget/v1/feedback?key={key}")
        {
            Content = JsonContent.Create(new { projectKey = key, clientId = Guid.NewGuid().ToString("N"), message = "The policy test's item" }),
        };
        submit.Headers.Add("Origin", Origin);
        using var submitted = await admin.SendAsync(submit, Cancellation);
        var item = await submitted.EnsureSuccessStatusCode().ReadJsonAsync();
        using var hooked = await admin.PostAsJsonAsync(
            $"/api/v1/orgs/{org}/projects/{project["id"]}/webhooks", new { url = "https://hooks.example.com/csp", events = new[] { "feedback.created" } }, Cancellation);
        var webhook = await hooked.EnsureSuccessStatusCode().ReadJsonAsync();
        return (project["id"]!.GetValue<Guid>(), item["id"]!.GetValue<Guid>(), webhook["id"]!.GetValue<Guid>(), await AdminPageRoutes.InvitationTokenAsync(admin, org));
    }
}
