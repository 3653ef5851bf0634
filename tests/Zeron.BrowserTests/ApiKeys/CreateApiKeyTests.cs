using System.Net;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.ApiKeys;

public sealed partial class CreateApiKeyTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Admin_signs_in_creates_an_api_key_that_works_once_shown_and_then_only_listed_by_prefix()
    {
        // Sign in: the admin home of the Demo organization.
        await Ui.GoToLoginAsync();
        await Ui.SubmitSignInAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.AdminHome());
        await Expect(Ui.OrganizationSwitcher).ToBeVisibleAsync();
        await Expect(Ui.OrganizationSwitcher.GetByRole(AriaRole.Option, new() { Name = "Demo (current)", Exact = true })).ToHaveCountAsync(1);
        (await Ui.OrganizationSwitcher.EvaluateAsync<string>("s => s.selectedOptions[0].text")).Should().Be("Demo (current)");
        await Expect(Ui.Heading("Demo")).ToBeVisibleAsync();

        // Settings → API keys, through the navigation a person would use.
        await Ui.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/settings/members"));
        await Ui.SettingsNavigation.GetByRole(AriaRole.Link, new() { Name = "API keys", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/settings/api-keys"));

        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("browser test");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create key", Exact = true }).ClickAsync();

        var shownKey = Page.GetByTestId("new-api-key");
        await Expect(shownKey).ToHaveTextAsync(ApiKeyShape());
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("not shown again");
        var key = (await shownKey.TextContentAsync())!.Trim();
        await Artifacts.ScreenshotAsync(Page, "api-keys-after-create");

        // The key is real: the REST API accepts it and answers for its organization.
        using (var api = App.CreateNetworkClient(bearer: key))
        {
            using var response = await api.GetAsync("api/v1/orgs", Cancellation);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var orgs = await response.ReadJsonArrayAsync();
            orgs.Select(o => o!["name"]!.GetValue<string>()).Should().Equal("Demo");
        }

        // A fresh visit lists the key by prefix only; the secret is gone from the page.
        await Page.GotoAsync("/admin/settings/api-keys");
        (await Page.ContentAsync()).Should().NotContain(key);
        await Expect(shownKey).ToHaveCountAsync(0);
        var prefix = key[..15];
        var row = Ui.Row("browser test");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = prefix + "…", Exact = true })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "active", Exact = true })).ToBeVisibleAsync();
        await Expect(row).Not.ToContainTextAsync("never"); // the API call above counts as a use
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Revoke browser test", Exact = true })).ToBeVisibleAsync();
    }

    [GeneratedRegex("^zk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$")]
    private static partial Regex ApiKeyShape();
}
