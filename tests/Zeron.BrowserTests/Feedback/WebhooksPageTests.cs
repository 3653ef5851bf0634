using System.Text.RegularExpressions;
using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Feedback;

public sealed partial class WebhooksPageTests(ZeronAppFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<ZeronAppFactory>
{
    private const string Url = "https://hooks.example.com/zeron";

    [Fact]
    public async Task Admin_adds_a_webhook_sees_its_secret_once_opens_its_delivery_log_and_deletes_it()
    {
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/feedback");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Hooked shop");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Manage webhooks and see their deliveries" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(WebhooksPath());
        await Expect(Ui.Heading("Webhooks")).ToBeVisibleAsync();

        // Every event is ticked to begin with; leave out status changes.
        await Page.GetByLabel("URL", new() { Exact = true }).FillAsync(Url);
        await Expect(Page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(3);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Status changed feedback.status_changed" }).UncheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add webhook", Exact = true }).ClickAsync();

        var secret = Page.GetByTestId("new-webhook-secret");
        await Expect(secret).ToHaveTextAsync(SecretShape());
        await Expect(Ui.Row(Url)).ToContainTextAsync("feedback.created, feedback.message_added");
        await Artifacts.ScreenshotAsync(Page, "feedback-webhooks");
        await Page.ReloadAsync();
        await Expect(secret).ToHaveCountAsync(0);

        await Ui.Row(Url).GetByRole(AriaRole.Link, new() { Name = Url }).ClickAsync();
        await Expect(Ui.Heading("Deliveries")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Nothing sent yet.")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();

        string? question = null;
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Delete the webhook to {Url}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Webhook deleted" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("No webhooks yet.")).ToBeVisibleAsync();
        question.Should().Contain(Url);
    }

    [Fact]
    public async Task A_private_target_is_refused_next_to_the_field_and_what_was_typed_stays()
    {
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/feedback");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Guarded shop");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create project", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Manage webhooks and see their deliveries" }).ClickAsync();

        var url = Page.GetByLabel("URL", new() { Exact = true });
        await url.FillAsync("http://169.254.169.254/latest/meta-data");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add webhook", Exact = true }).ClickAsync();

        await Expect(url).ToHaveValueAsync("http://169.254.169.254/latest/meta-data");
        await Expect(url).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#url-error")).ToContainTextAsync("public addresses only");
        await Expect(Page.GetByText("No webhooks yet.")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^whsec_[0-9a-f]{48}$")]
    private static partial Regex SecretShape();

    [GeneratedRegex("/admin/feedback/projects/[0-9a-f-]{36}/webhooks$")]
    private static partial Regex WebhooksPath();
}
