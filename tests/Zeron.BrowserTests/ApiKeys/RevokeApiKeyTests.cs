using System.Net;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.ApiKeys;

public sealed class RevokeApiKeyTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    [Fact]
    public async Task Revoking_a_key_in_the_ui_marks_it_revoked_and_the_api_then_rejects_it()
    {
        // The key is made over the REST API so that this test is only about revoking.
        using var admin = await App.CreateAdminClientAsync();
        var demo = await admin.DemoOrganizationIdAsync();
        var (_, key) = await admin.CreateApiKeyAsync(demo, "browser test");
        using var api = App.CreateNetworkClient(bearer: key);
        using (var before = await api.GetAsync("api/v1/orgs", Cancellation))
        {
            before.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/settings/api-keys");
        var row = Ui.Row("browser test");
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "active", Exact = true })).ToBeVisibleAsync();

        // Revoking asks for confirmation first; the person confirms.
        string? question = null;
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke browser test", Exact = true }).ClickAsync();

        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "revoked", Exact = true })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(Ui.Alert).ToHaveCountAsync(0);
        question.Should().Contain("stops working");

        using var after = await api.GetAsync("api/v1/orgs", Cancellation);
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
