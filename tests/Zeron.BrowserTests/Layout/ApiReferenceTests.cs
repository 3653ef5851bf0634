using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Layout;

/// <summary>
/// The API reference (Scalar at <c>/api/docs</c>) as a visitor without internet sees it: every request the page makes
/// goes to Zeron itself, none of Scalar's hosted-service buttons is shown, and a link leads back to the admin UI.
/// </summary>
public sealed class ApiReferenceTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task The_reference_loads_everything_from_zeron_and_links_back_to_the_admin_ui()
    {
        var origin = new Uri(App.KestrelAddress().ToString()).GetLeftPart(UriPartial.Authority);
        var elsewhere = new List<string>();
        Page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)
                && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                elsewhere.Add($"{request.ResourceType} {request.Url}");
            }
        };
        // Nothing may leave the machine: a request elsewhere fails at once instead of waiting for a host that is not there.
        await Page.RouteAsync(url => !url.StartsWith(origin + "/", StringComparison.Ordinal), route => route.AbortAsync());

        await Page.GotoAsync("/api/docs");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Zeron API" }).First).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Opening an operation draws its request examples, the place Scalar offers its client and cloud buttons.
        await Page.GetByText("/api/v1/auth/token").First.ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Artifacts.ScreenshotAsync(Page, "api-reference");
        // "Test Request" stays (it calls this server): its client opens without reaching anywhere else either.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Test Request" }).First.ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page.Locator("a[href^='https://scalar.com']:visible")).ToHaveCountAsync(0);
        await Artifacts.ScreenshotAsync(Page, "api-reference-client");
        await Page.Keyboard.PressAsync("Escape");

        elsewhere.Should().BeEmpty("the reference must work offline and tell no other host who reads it");
        foreach (var hosted in new[] { "Open API Client", "Developer Tools", "Configure", "Share", "Generate SDK", "Deploy .NET", "Ask AI" })
        {
            await Expect(Page.GetByRole(AriaRole.Button, new() { Name = hosted, Exact = true })).ToHaveCountAsync(0);
        }

        await Expect(Page.Locator("a[href^='https://scalar.com']:visible")).ToHaveCountAsync(0);

        var back = Page.GetByRole(AriaRole.Link, new() { Name = "Back to Zeron admin" }).First;
        await Expect(back).ToBeVisibleAsync();
        await back.ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/login"));
    }

    [Fact]
    public async Task The_reference_page_policy_names_no_other_host()
    {
        var response = await Page.GotoAsync("/api/docs");

        var policy = await response!.HeaderValueAsync("content-security-policy");
        policy.Should().NotBeNull();
        policy.Should().NotContainAny("http:", "https:", "*");
        policy.Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'");
    }
}
