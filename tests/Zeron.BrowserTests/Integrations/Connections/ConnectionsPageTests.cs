using AwesomeAssertions;
using Microsoft.Playwright;
using Xunit;
using Zeron.BrowserTests.Infrastructure;
using Zeron.Tests.Shared;
using Zeron.Tests.Shared.Jira;
using static Microsoft.Playwright.Assertions;

namespace Zeron.BrowserTests.Integrations.Connections;

/// <summary>The connections page, against a loopback stand-in of Anthropic's <c>GET /v1/models</c>.</summary>
public sealed class ConnectionsPageTests(PrivateConnectionsFactory app, ChromiumFixture chromium)
    : BrowserTest(app, chromium), IClassFixture<PrivateConnectionsFactory>
{
    private const string Key = "sk-ant-api03-browser-test-key-0123456789";

    [Fact]
    public async Task Admin_adds_a_connection_whose_key_is_never_shown_checks_it_rotates_a_wrong_key_in_and_deletes_it()
    {
        await using var provider = await ModelsServer.StartAsync(Key, "claude-haiku-4-5-20251001");
        await Ui.SignInAsAdminAsync();
        await Page.GotoAsync("/admin/settings/members");
        await Ui.SettingsNavigation.GetByRole(AriaRole.Link, new() { Name = "Connections", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AdminUi.PathIs("/admin/settings/connections"));
        await Expect(Page.GetByText("No connections yet")).ToBeVisibleAsync();

        // The placeholders follow the kind.
        await Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("openai");
        await Expect(Page.GetByLabel("Base URL (optional)")).ToHaveAttributeAsync("placeholder", "https://api.openai.com");
        await Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("anthropic");
        await Expect(Page.GetByLabel("Model (optional)")).ToHaveAttributeAsync("placeholder", "claude-haiku-4-5");

        // A refused add says why next to the field, keeps what was typed but the key.
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Claude");
        await Page.GetByLabel("Base URL (optional)").FillAsync("ftp://files.example.com");
        await Page.GetByLabel("API key", new() { Exact = true }).FillAsync(Key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add connection", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Expect(Page.Locator("#baseUrl-error")).ToContainTextAsync("Give an absolute http(s) URL");
        await Expect(Page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Claude");
        await Expect(Page.GetByLabel("API key", new() { Exact = true })).ToHaveValueAsync("");
        (await Page.ContentAsync()).Should().NotContain(Key);

        await Page.GetByLabel("Base URL (optional)").FillAsync(provider.Origin);
        await Page.GetByLabel("API key", new() { Exact = true }).FillAsync(Key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add connection", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Connection Claude added.");
        await Expect(Ui.Row("Claude")).ToContainTextAsync("claude-haiku-4-5 (default)");
        (await Page.ContentAsync()).Should().NotContain(Key).And.NotContain(Key[^10..]);

        // Check: every step passes, and the provider saw the key.
        await Ui.Row("Claude").GetByRole(AriaRole.Button, new() { Name = "Check Claude", Exact = true }).ClickAsync();
        var check = Page.GetByTestId("connection-check");
        await Expect(check.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Claude: the connection works");
        await Expect(check.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
        await Expect(check).ToContainTextAsync("model passed: claude-haiku-4-5 is available");
        await Artifacts.ScreenshotAsync(Page, "settings-connections-checked");
        provider.Requests.Should().ContainSingle().Which.Headers["x-api-key"].ToString().Should().Be(Key);
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();

        // Rotate in a key the provider refuses: the next check says so, without the key.
        await Ui.Row("Claude").GetByLabel("New API key for Claude").FillAsync("sk-ant-wrong-key");
        await Ui.Row("Claude").GetByRole(AriaRole.Button, new() { Name = "Rotate key of Claude", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The API key of Claude was replaced.");
        await Ui.Row("Claude").GetByRole(AriaRole.Button, new() { Name = "Check Claude", Exact = true }).ClickAsync();
        await Expect(check.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Claude: the connection does not work");
        await Expect(check).ToContainTextAsync("key failed: the provider refused the API key (401)");
        (await Page.ContentAsync()).Should().NotContain("sk-ant-wrong-key");

        // Delete, after confirming.
        string? question = null;
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await Ui.Row("Claude").GetByRole(AriaRole.Button, new() { Name = "Delete Claude", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Connection deleted, with its API key.");
        question.Should().StartWith("Delete the connection Claude and its API key?");
        await Expect(Page.GetByText("No connections yet")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Admin_adds_a_jira_connection_with_site_email_and_api_token_typed_once_and_checks_it()
    {
        await using var jira = await JiraStandIn.StartAsync();
        await OpenNewOrganizationAsync("Jira conn"); // its own organization: the other test expects none
        await Page.GotoAsync("/admin/settings/connections");

        // The form follows the kind: a Jira site has no default, signs in with an e-mail and an API token, has no model.
        await Page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("jira");
        await Expect(Page.GetByLabel("Account e-mail")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Model (optional)")).ToBeHiddenAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Acme Jira");
        await Page.GetByLabel("Site URL", new() { Exact = true }).FillAsync(jira.BaseUrl);
        await Page.GetByLabel("Account e-mail").FillAsync(JiraStandIn.Email);
        await Page.GetByLabel("API token", new() { Exact = true }).FillAsync(JiraStandIn.ApiToken);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add connection", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Connection Acme Jira added.");
        await Expect(Ui.Row("Acme Jira")).ToContainTextAsync(JiraStandIn.Email);
        (await Page.ContentAsync()).Should().NotContain(JiraStandIn.ApiToken);

        await Ui.Row("Acme Jira").GetByRole(AriaRole.Button, new() { Name = "Check Acme Jira", Exact = true }).ClickAsync();
        var check = Page.GetByTestId("connection-check");
        await Expect(check.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Acme Jira: the connection works");
        await Expect(check).ToContainTextAsync("key passed: the provider accepted the API token");
        await Expect(Ui.Row("Acme Jira").GetByLabel("New API token for Acme Jira")).ToBeVisibleAsync();
        jira.RequestsTo("/rest/api/3/myself").Should().ContainSingle();
        (await Axe.ViolationsAsync(Page)).Should().BeEmpty();
    }
}
