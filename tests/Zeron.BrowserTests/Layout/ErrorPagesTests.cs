using System.Text.Json;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Layout;

/// <summary>
/// 403, 404 and 500 in the admin UI: the layout (with its navigation only for a signed-in visitor), the error's own
/// status, a way back, and for a 500 a reference but never the exception. The API and the other machine-facing routes
/// keep their own answers. (The 403 and 404 pages are also in the accessibility sweep, <c>AxeSweepTests</c>.)
/// </summary>
public sealed class ErrorPagesTests(ErrorPagesAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ErrorPagesAppFactory>
{
    private string Origin => App.KestrelAddress().GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task An_unknown_admin_page_is_a_404_in_the_layout_with_a_way_back()
    {
        await Ui.SignInAsAdminAsync();

        var response = await Page.GotoAsync("/admin/nope", new() { Referer = Origin + "/admin/feedback" });

        response!.Status.Should().Be(404);
        (await response.HeaderValueAsync("content-type")).Should().StartWith("text/html");
        (await response.HeaderValueAsync("content-security-policy")).Should().Contain("script-src 'self';");
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/nope"));
        await Expect(Ui.Heading("Page not found")).ToBeVisibleAsync();
        await Expect(Ui.MainNavigation).ToBeVisibleAsync();
        await Expect(Ui.SignOutButton).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "error-404-signed-in");
        // Switching organization here comes back to the address asked for, not to the error page's own.
        await Expect(Page.Locator("form.org-switcher input[name=returnUrl]")).ToHaveValueAsync("/admin/nope");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Go to Zeron home" })).ToHaveAttributeAsync("href", "/admin");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to the previous page" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/feedback"));
    }

    [Fact]
    public async Task A_signed_out_visitor_gets_a_minimal_404_without_navigation()
    {
        var response = await Page.GotoAsync("/no/such/page");

        response!.Status.Should().Be(404);
        await Expect(Ui.Heading("Page not found")).ToBeVisibleAsync();
        await Expect(Ui.MainNavigation).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Back to the previous page" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Go to Zeron home" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/login"));
    }

    [Fact]
    public async Task A_refused_page_answers_403_in_the_layout()
    {
        using var admin = await App.CreateAdminClientAsync();
        var email = $"member-{Guid.NewGuid():N}@example.test";
        await App.AddNewUserAsync(admin, await admin.DemoOrganizationIdAsync(), email, "Member", "Member-Password-123");
        await Ui.GoToLoginAsync();
        await Ui.SubmitSignInAsync(email, "Member-Password-123");
        await Expect(Page).ToHaveURLAsync(AdminUi.AdminHome());

        // A Member may not manage API keys; the link is followed from the home page, which the browser names as referrer.
        var response = await Page.GotoAsync("/admin/settings/api-keys", new() { Referer = Origin + "/admin" });

        response!.Status.Should().Be(403);
        await Expect(Ui.Heading("Not allowed")).ToBeVisibleAsync();
        await Expect(Ui.MainNavigation).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(Page, "error-403");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to the previous page" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.AdminHome());
    }

    [Fact]
    public async Task A_server_error_shows_a_reference_and_never_the_exception()
    {
        await Ui.SignInAsAdminAsync();

        var response = await Page.GotoAsync($"/admin/feedback?{ErrorPagesAppFactory.ThrowQuery}");

        response!.Status.Should().Be(500);
        await Expect(Ui.Heading("Something went wrong")).ToBeVisibleAsync();
        await Expect(Ui.MainNavigation).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("error-reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\S{8,}$"));
        await Artifacts.ScreenshotAsync(Page, "error-500-signed-in");
        var html = await Page.ContentAsync();
        html.Should().NotContain(ErrorPagesAppFactory.Secret).And.NotContain(nameof(InvalidOperationException)).And.NotContain("   at ");
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        // Signed out, on the sign-in page: the same page without navigation.
        await Ui.SignOutButton.ClickAsync();
        response = await Page.GotoAsync($"/admin/login?{ErrorPagesAppFactory.ThrowQuery}");
        response!.Status.Should().Be(500);
        await Expect(Ui.Heading("Something went wrong")).ToBeVisibleAsync();
        await Expect(Ui.MainNavigation).ToHaveCountAsync(0);
        (await Page.ContentAsync()).Should().NotContain(ErrorPagesAppFactory.Secret);
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task The_api_keeps_answering_problems_while_admin_paths_get_the_page(string method)
    {
        var api = await Page.APIRequest.FetchAsync("/api/v1/nope", new() { Method = method, Headers = new Dictionary<string, string> { ["Accept"] = "text/html" } });
        api.Status.Should().Be(404);
        api.Headers["content-type"].Should().StartWith("application/problem+json");
        using (var problem = JsonDocument.Parse(await api.TextAsync()))
        {
            problem.RootElement.GetProperty("status").GetInt32().Should().Be(404);
        }

        var page = await Page.APIRequest.FetchAsync("/admin/nope", new() { Method = method });
        page.Status.Should().Be(404);
        page.Headers["content-type"].Should().StartWith("text/html");
        (await page.TextAsync()).Should().Contain("Page not found");

        foreach (var own in new[] { "/openapi/nope.json", "/health/nope", "/widget/v1/nope.js" })
        {
            var answer = await Page.APIRequest.FetchAsync(own, new() { Method = method });
            answer.Status.Should().BeOneOf([404, 405], own);
            (answer.Headers.TryGetValue("content-type", out var type) ? type : "").Should().NotStartWith("text/html", own);
        }
    }
}
